package org.edusignconnector.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import org.junit.jupiter.api.Test;

/**
 * A source list is read to its first empty page; a page identical to the one before stops the
 * read with a notice; a list that ends before the pages it announced, or grows beyond the limit,
 * is refused; a bare list is the whole list.
 */
class SourceListingTest {

    private final List<Integer> asked = new ArrayList<>();

    @Test
    void shortPagesInTheMiddleDoNotEndTheList() {
        SourceListing.Result r = SourceListing.read("X GET /l", 4, 100, page -> answer(page, List.of(List.of(1, 2), List.of(3), List.of(4, 5)), null));

        assertThat(values(r)).containsExactly(1, 2, 3, 4, 5);
        assertThat(r.complete()).isTrue();
        assertThat(r.notices()).isEmpty();
        assertThat(asked).containsExactly(0, 1, 2, 3);
    }

    @Test
    void anEmptyPageBeforeTheAnnouncedPagesIsAnIncompleteListing() {
        assertThatThrownBy(() -> SourceListing.read("X GET /l", 2, 100, page -> answer(page, List.of(List.of(1, 2)), 3)))
                .isInstanceOf(SourceDataException.class)
                .hasMessage("X GET /l answered no item at page=1 although it announced 3 pages: the listing is incomplete");
    }

    @Test
    void aRepeatedFullPageStopsTheReadAsPossiblyIncomplete() {
        SourceListing.Result r = SourceListing.read("X GET /l", 2, 100, page -> page(List.of(1, 2), null));

        assertThat(values(r)).containsExactly(1, 2);
        assertThat(r.complete()).isFalse();
        assertThat(r.notices()).singleElement().asString()
                .contains("X GET /l answered page=1 identical to page=0", "stopped at 2 items", "nothing is deleted");
        assertThat(asked).containsExactly(0, 1);
    }

    @Test
    void aRepeatedShortPageStopsTheReadWithEverythingRead() {
        SourceListing.Result r = SourceListing.read("X GET /l", 5, 100, page -> page(List.of(1, 2), null));

        assertThat(values(r)).containsExactly(1, 2);
        assertThat(r.complete()).isTrue();
        assertThat(r.notices()).singleElement().asString().doesNotContain("nothing is deleted");
    }

    @Test
    void aListBeyondTheLimitIsRefusedWithoutReadingOn() {
        assertThatThrownBy(() -> SourceListing.read("X GET /l", 3, 7, page -> page(List.of(page * 3, page * 3 + 1, page * 3 + 2), null)))
                .isInstanceOf(SourceDataException.class)
                .hasMessageStartingWith("X GET /l answered more than 7 items (page=2)");
        assertThat(asked).containsExactly(0, 1, 2);
    }

    @Test
    void aBareListIsTheWholeList() {
        SourceListing.Result r = SourceListing.read("X GET /l", 2, 100, page -> {
            asked.add(page);
            return new SourceListing.Page(nodes(List.of(1, 2, 3)), null, true);
        });

        assertThat(values(r)).containsExactly(1, 2, 3);
        assertThat(asked).containsExactly(0);
    }

    private SourceListing.Page answer(int page, List<List<Integer>> pages, Integer announced) {
        return page < pages.size() ? page(pages.get(page), announced) : page(List.of(), announced);
    }

    private SourceListing.Page page(List<Integer> values, Integer announced) {
        asked.add(asked.size());
        return new SourceListing.Page(nodes(values), announced, false);
    }

    private static List<JsonNode> nodes(List<Integer> values) {
        return values.stream().map(v -> (JsonNode) IntNode.valueOf(v)).toList();
    }

    private static List<Integer> values(SourceListing.Result r) {
        return r.items().stream().map(JsonNode::asInt).toList();
    }
}
