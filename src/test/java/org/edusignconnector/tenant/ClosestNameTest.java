package org.edusignconnector.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ClosestNameTest {

    private static final List<String> KNOWN = List.of("maxDeletionPercent", "windowDays", "webhookSecretEnv", "sendAttendance");

    @Test
    void distancesCountInsertionsDeletionsAndSubstitutions() {
        assertThat(ClosestName.distance("maxDeletionPercnt", "maxDeletionPercent")).isEqualTo(1);
        assertThat(ClosestName.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(ClosestName.distance("", "abc")).isEqualTo(3);
        assertThat(ClosestName.distance("same", "same")).isZero();
    }

    @Test
    void theNearestKnownNameIsSuggestedWhateverTheCase() {
        assertThat(ClosestName.to("maxDeletionPercnt", KNOWN)).contains("maxDeletionPercent");
        assertThat(ClosestName.to("windowdays", KNOWN)).contains("windowDays");
        assertThat(ClosestName.to("sendAttendence", KNOWN)).contains("sendAttendance");
    }

    @Test
    void nothingIsSuggestedForANameLikeNoneOfThem() {
        assertThat(ClosestName.to("zzzzzzzz", KNOWN)).isEmpty();
        assertThat(ClosestName.to("x", List.of())).isEmpty();
    }
}
