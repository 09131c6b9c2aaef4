package org.edusignconnector.fca;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The items of an FCA Manager list answer, whichever of the two shapes it has; anything else has none. */
class FcaListsTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aBareArrayIsTheList() throws Exception {
        assertThat(FcaLists.items(json.readTree("[{\"id\":\"S-1\"},{\"id\":\"S-2\"}]")))
                .hasValueSatisfying(items -> assertThat(items).hasSize(2));
    }

    @Test
    void aPageGivesItsItems() throws Exception {
        JsonNode page = json.readTree("{\"items\":[{\"id\":\"S-1\"}],\"page\":0,\"totalPages\":3}");

        assertThat(FcaLists.items(page)).hasValueSatisfying(items -> assertThat(items.get(0).get("id").asText()).isEqualTo("S-1"));
        assertThat(FcaLists.items(json.readTree("{\"items\":[],\"page\":4,\"totalPages\":3}")))
                .hasValueSatisfying(items -> assertThat(items).isEmpty());
    }

    @Test
    void otherAnswersHaveNoItems() throws Exception {
        assertThat(FcaLists.items(null)).isEmpty();
        assertThat(FcaLists.items(json.readTree("{\"content\":[]}"))).as("another paging dialect").isEmpty();
        assertThat(FcaLists.items(json.readTree("{\"items\":{\"id\":\"S-1\"}}"))).as("items not a list").isEmpty();
        assertThat(FcaLists.items(json.readTree("{\"items\":null}"))).isEmpty();
        assertThat(FcaLists.items(json.readTree("\"S-1\""))).isEmpty();
    }
}
