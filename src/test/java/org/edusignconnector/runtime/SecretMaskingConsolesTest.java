package org.edusignconnector.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.apache.camel.util.json.JsonArray;
import org.apache.camel.util.json.JsonObject;
import org.edusignconnector.tenant.Secrets;
import org.junit.jupiter.api.Test;

/** A console's answer, text or JSON at any depth, keeps its shape with each secret value masked. */
class SecretMaskingConsolesTest {

    @Test
    void masksTextAndJsonAtAnyDepth() {
        System.setProperty("SECRETS_MASKING_TEST_KEY", "s3cr3t-value");
        Secrets secrets = new Secrets();
        try {
            secrets.find("SECRETS_MASKING_TEST_KEY");
        } finally {
            System.clearProperty("SECRETS_MASKING_TEST_KEY");
        }
        JsonObject answer = new JsonObject(Map.of("uri", "http://x?p=s3cr3t-value", "list", new JsonArray(List.of("s3cr3t-value", 3)),
                "nested", new JsonObject(Map.of("s3cr3t-value", true))));

        assertThat(SecretMaskingConsoles.mask("password = s3cr3t-value", secrets)).isEqualTo("password = xxxxxx");
        assertThat(((JsonObject) SecretMaskingConsoles.mask(answer, secrets)).toJson())
                .doesNotContain("s3cr3t-value").contains("p=xxxxxx").contains("[\"xxxxxx\",3]").contains("{\"xxxxxx\":true}");
    }
}
