package org.edusignconnector.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The size of the bad-input suite, visible in the test name: at least 100 hostile inputs. */
class CensusTest {

    @TestFactory
    Stream<DynamicTest> theSuiteCountsItsCases() {
        String byFamily = Census.families().stream()
                .map(f -> f.get(0).family() + " " + f.size())
                .collect(Collectors.joining(", "));
        int total = Census.total();
        return Stream.of(DynamicTest.dynamicTest("bad-input suite: " + total + " cases (" + byFamily + ")", () -> {
            assertThat(total).isGreaterThanOrEqualTo(100);
            List<String> names = Census.families().stream().flatMap(List::stream)
                    .map(c -> c.family() + "/" + c.slug()).toList();
            assertThat(names).doesNotHaveDuplicates();
        }));
    }
}
