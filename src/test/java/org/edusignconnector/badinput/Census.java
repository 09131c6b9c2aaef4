package org.edusignconnector.badinput;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Every family of hostile inputs, in a fixed order, so that each case's display name carries its
 * number in the whole suite and the suite's size: "#017/210 celcat event 17: ...".
 */
final class Census {

    private Census() {
    }

    static List<List<? extends BadCase<?>>> families() {
        return List.of(CelcatEventCases.CASES, CelcatPeopleCases.CASES, CelcatListingCases.CASES,
                FcaSeanceCases.CASES, FcaInscriptionCases.CASES, FcaListingCases.CASES, GroupNameCases.CELCAT, GroupNameCases.FCA);
    }

    static int total() {
        return families().stream().mapToInt(List::size).sum();
    }

    /** The family's cases as named arguments for a {@code @MethodSource}. */
    static <T> Stream<Arguments> arguments(List<BadCase<T>> family) {
        int offset = 0;
        for (List<? extends BadCase<?>> f : families()) {
            if (f == family) {
                break;
            }
            offset += f.size();
        }
        int first = offset;
        int total = total();
        String width = "%0" + String.valueOf(total).length() + "d";
        return family.stream().map(c -> Arguments.of(Named.of(
                "#" + String.format(width, first + c.number()) + "/" + total + " " + c, c)));
    }
}
