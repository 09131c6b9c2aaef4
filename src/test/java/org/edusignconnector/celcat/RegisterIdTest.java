package org.edusignconnector.celcat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A register id is the event number followed by (week + 1) on two digits, from the WebAPI's composite event id. */
class RegisterIdTest {

    @Test
    void theCompositeEventIdGivesTheEventNumberAndTheWeek() {
        assertThat(RegisterId.ofEvent("-1347128091:-662573064:1:150021:25")).hasValueSatisfying(id -> {
            assertThat(id.eventNumber()).isEqualTo(150021);
            assertThat(id.week()).isEqualTo(25);
            assertThat(id).hasToString("15002126");
        });
        assertThat(RegisterId.ofEvent("x:y:1:123456:3")).map(RegisterId::toString).hasValue("12345604");
        assertThat(RegisterId.ofEvent("x:y:1:123456:0")).map(RegisterId::toString).hasValue("12345601");
    }

    @Test
    void anIdWithoutEventNumberAndWeekNamesNoRegister() {
        assertThat(RegisterId.ofEvent("ev-monday-td")).isEmpty();
        assertThat(RegisterId.ofEvent("a:b:1:abc:3")).isEmpty();
        assertThat(RegisterId.ofEvent("a:b:1:123:")).isEmpty();
        assertThat(RegisterId.ofEvent("a:b:1:123:100")).isEmpty();
        assertThat(RegisterId.ofEvent("a:b:1:0:3")).isEmpty();
        assertThat(RegisterId.ofEvent(null)).isEmpty();
    }
}
