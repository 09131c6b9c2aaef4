package org.edusignconnector.edusign;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The names a takeover compares: case, accents and spaces set aside, nothing else. */
class SheetTakeoverTest {

    @Test
    void caseAccentsAndSpacesAreSetAside() {
        assertThat(SheetTakeover.comparable("MATHEMATIQUES  td")).isEqualTo(SheetTakeover.comparable("Mathématiques TD"));
        assertThat(SheetTakeover.comparable(" L1\tGroupe A ")).isEqualTo(SheetTakeover.comparable("l1 groupe a"));
    }

    @Test
    void punctuationAndDigitsStillTell() {
        assertThat(SheetTakeover.comparable("TD 1")).isNotEqualTo(SheetTakeover.comparable("TD 2"));
        assertThat(SheetTakeover.comparable("Droit - TD")).isNotEqualTo(SheetTakeover.comparable("Droit TD"));
    }
}
