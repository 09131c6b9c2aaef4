package org.edusignconnector.flow;

import static org.assertj.core.api.Assertions.assertThat;

import org.edusignconnector.doctor.Check;
import org.edusignconnector.doctor.DoctorReport;
import org.edusignconnector.doctor.TenantDoctor;
import org.edusignconnector.doctor.Verdict;
import org.edusignconnector.sim.edusign.RecordedRequest;
import org.edusignconnector.testing.ForwardProxy;
import org.edusignconnector.testing.RuntimeHarness;
import org.junit.jupiter.api.Test;

/** The doctor's checks of the source, Celcat and FCA Manager: reads only, each refusal named with its setting. */
class DoctorSourcesTest {

    @Test
    void aCelcatThatAnswersAsAssumedPassesWithReadsOnly() {
        try (AcmeFixture acme = new AcmeFixture()) {
            acme.runtime.start();

            DoctorReport report = doctor(acme.runtime).examine("acme");

            assertThat(report.failed()).as(report.asText()).isFalse();
            assertThat(report.checks()).filteredOn(c -> c.family().equals("celcat") && c.verdict() == Verdict.PASS).extracting(Check::name)
                    .contains("timetable 1", "Pagination 1", "mark definitions 1");
            assertThat(acme.celcat.requests()).isNotEmpty().allSatisfy(r -> assertThat(r.method()).isEqualTo("GET"));
            assertThat(acme.edusign.requests(AcmeFixture.KEY)).noneMatch(RecordedRequest::isWrite);
        }
    }

    @Test
    void aRefusedApiCodeIsAFailNamingItsSetting() {
        try (AcmeFixture acme = new AcmeFixture()) {
            System.setProperty("ACME_CELCAT_API_CODE", "a-wrong-code");
            acme.runtime.start();

            DoctorReport report = doctor(acme.runtime).examine("acme");

            assertThat(report.checks()).filteredOn(c -> c.family().equals("celcat")).singleElement().satisfies(c -> {
                assertThat(c.verdict()).isEqualTo(Verdict.FAIL);
                assertThat(c.setting()).contains("celcatApiCodeEnv");
            });
            assertThat(report.asText()).doesNotContain("a-wrong-code");
        }
    }

    @Test
    void anFcaWithAJustifiedDefaultReasonPassesWithReadsOnly() {
        try (FcaFixture univ = new FcaFixture()) {
            univ.runtime.start();

            DoctorReport report = doctor(univ.runtime).examine("univ");

            assertThat(report.failed()).as(report.asText()).isFalse();
            assertThat(report.checks()).filteredOn(c -> c.family().equals("fca")).extracting(Check::name, Check::verdict)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("credentials", Verdict.PASS),
                            org.assertj.core.groups.Tuple.tuple("list shapes", Verdict.PASS),
                            org.assertj.core.groups.Tuple.tuple("defaultAbsenceReason", Verdict.PASS));
            assertThat(univ.fca.requests()).isNotEmpty().allSatisfy(r -> assertThat(r.method()).isEqualTo("GET"));
            assertThat(univ.edusign.requests(FcaFixture.KEY)).noneMatch(RecordedRequest::isWrite);
        }
    }

    @Test
    void anUnjustifiedDefaultReasonAndRefusedCredentialsAreFails() {
        try (FcaFixture univ = new FcaFixture()) {
            univ.runtime.start();
            univ.fca.data().addMotif("M-1", "MAL", "Maladie", false); // the school changed it since the runtime started
            assertThat(doctor(univ.runtime).examine("univ").checks()).filteredOn(c -> c.name().equals("defaultAbsenceReason")).singleElement()
                    .satisfies(c -> assertThat(c.verdict()).isEqualTo(Verdict.FAIL))
                    .satisfies(c -> assertThat(c.meaning()).contains("not justified"));
        }
        try (FcaFixture univ = new FcaFixture()) {
            System.setProperty("UNIV_FCA_PASSWORD", "a-wrong-password");
            univ.runtime.start();
            DoctorReport report = doctor(univ.runtime).examine("univ");
            assertThat(report.checks()).filteredOn(c -> c.family().equals("fca")).singleElement()
                    .satisfies(c -> assertThat(c.verdict()).isEqualTo(Verdict.FAIL))
                    .satisfies(c -> assertThat(c.setting()).contains("fcaPasswordEnv"));
            assertThat(report.asText()).doesNotContain("a-wrong-password");
        }
    }

    @Test
    void theProxyIsCheckedWhenOneIsSet() {
        try (FcaFixture univ = new FcaFixture(); ForwardProxy proxy = ForwardProxy.start(null, null)) {
            univ.runtime.property("test.fca.proxyHost", "127.0.0.1").property("test.fca.proxyPort", String.valueOf(proxy.port())).start();

            DoctorReport through = doctor(univ.runtime).examine("univ");
            assertThat(through.checks()).filteredOn(c -> c.name().equals("proxy")).singleElement()
                    .satisfies(c -> assertThat(c.verdict()).isEqualTo(Verdict.PASS));
            assertThat(proxy.forwarded()).isNotEmpty().allSatisfy(url -> assertThat(url).contains(univ.fca.baseUrl()));

            proxy.close();
            DoctorReport without = doctor(univ.runtime).examine("univ");
            assertThat(without.checks()).filteredOn(c -> c.name().equals("proxy")).singleElement()
                    .satisfies(c -> assertThat(c.verdict()).isEqualTo(Verdict.FAIL))
                    .satisfies(c -> assertThat(c.setting()).contains("proxyHost"));
        }
    }

    private static TenantDoctor doctor(RuntimeHarness runtime) {
        return runtime.context().getRegistry().lookupByNameAndType("tenantDoctor", TenantDoctor.class);
    }
}
