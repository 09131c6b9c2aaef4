package org.edusignconnector.runtime;

import java.util.List;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.console.DevConsole;
import org.apache.camel.console.DevConsoleRegistry;
import org.apache.camel.util.json.JsonArray;
import org.apache.camel.util.json.JsonObject;
import org.edusignconnector.tenant.Secrets;

/**
 * The developer console (off by default: {@code camel.main.dev-console-enabled}) shows what Camel
 * finds: every registry bean's getters (the connection pool's password among them), system
 * properties, the JVM's arguments, and it evaluates expressions on request (simple-language,
 * eval-language), which can read any environment variable. Each console is therefore wrapped so
 * that every secret value the runtime resolved is masked in what it answers, text or JSON.
 *
 * <p>{@code main-configuration} is left as it is: camel-main casts it to its own class, and it shows
 * only {@code camel.*} options, masked by key by Camel itself.
 */
public final class SecretMaskingConsoles {

    private static final String LEFT_AS_IS = "main-configuration";

    private SecretMaskingConsoles() {
    }

    /** Wraps every console of the context's registry (loading them first); nothing when the console is off. */
    public static void install(CamelContext context, Secrets secrets) {
        DevConsoleRegistry registry = context.getCamelContextExtension().getContextPlugin(DevConsoleRegistry.class);
        if (registry == null || !context.isDevConsole()) {
            return;
        }
        registry.loadDevConsoles();
        for (DevConsole console : registry.stream().toList()) {
            if (!(console instanceof Masking) && !LEFT_AS_IS.equals(console.getId())) {
                registry.unregister(console);
                registry.register(new Masking(console, secrets));
            }
        }
    }

    static Object mask(Object answer, Secrets secrets) {
        if (answer instanceof String text) {
            return secrets.mask(text);
        }
        if (answer instanceof Map<?, ?> map) {
            JsonObject masked = new JsonObject();
            map.forEach((k, v) -> masked.put(secrets.mask(String.valueOf(k)), mask(v, secrets)));
            return masked;
        }
        if (answer instanceof List<?> list) {
            JsonArray masked = new JsonArray();
            list.forEach(v -> masked.add(mask(v, secrets)));
            return masked;
        }
        if (answer == null || answer instanceof Number || answer instanceof Boolean) {
            return answer;
        }
        String text = answer.toString();
        String masked = secrets.mask(text);
        return masked.equals(text) ? answer : masked;
    }

    /** One console, answering as the original with the secret values masked. */
    static final class Masking implements DevConsole {

        private final DevConsole console;
        private final Secrets secrets;

        Masking(DevConsole console, Secrets secrets) {
            this.console = console;
            this.secrets = secrets;
        }

        @Override
        public String getGroup() {
            return console.getGroup();
        }

        @Override
        public String getId() {
            return console.getId();
        }

        @Override
        public String getDisplayName() {
            return console.getDisplayName();
        }

        @Override
        public String getDescription() {
            return console.getDescription();
        }

        @Override
        public boolean supportMediaType(MediaType mediaType) {
            return console.supportMediaType(mediaType);
        }

        @Override
        public Object call(MediaType mediaType, Map<String, Object> options) {
            return mask(console.call(mediaType, options), secrets);
        }
    }
}
