package org.edusignconnector.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.apache.camel.CamelContext;
import org.edusignconnector.api.AccessControl;
import org.edusignconnector.tenant.Secrets;
import org.edusignconnector.tenant.TenantCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A runtime that starts useless says so: no tenant to synchronise, or no credential to reach its API and events page. */
final class StartupWarnings {

    private static final Logger LOG = LoggerFactory.getLogger(StartupWarnings.class);

    private StartupWarnings() {
    }

    /** {@code credential}: the value of an API credential's variable, or null. */
    static List<String> of(int tenants, boolean serving, UnaryOperator<String> credential) {
        List<String> warnings = new ArrayList<>();
        if (tenants == 0) {
            warnings.add("no tenant is configured: nothing will be synchronised. Add a tenant file under routes/tenants/"
                    + " (README \"Adding a tenant\")");
        }
        boolean admin = set(credential, AccessControl.ADMIN_TOKEN) || set(credential, AccessControl.ADMIN_USER) && set(credential, AccessControl.ADMIN_PASSWORD);
        boolean viewer = set(credential, AccessControl.VIEWER_TOKEN) || set(credential, AccessControl.VIEWER_USER) && set(credential, AccessControl.VIEWER_PASSWORD);
        if (serving && !admin && !viewer) {
            warnings.add("no API credential is set (" + AccessControl.ADMIN_USER + " and " + AccessControl.ADMIN_PASSWORD + ", "
                    + AccessControl.ADMIN_TOKEN + ", or the " + "CONNECTOR_VIEWER_* ones): the HTTP API and the events page refuse every call");
        }
        return warnings;
    }

    static void log(CamelContext context, boolean serving) {
        Secrets secrets = context.getRegistry().lookupByNameAndType(DatabaseConfiguration.SECRETS, Secrets.class);
        TenantCatalog tenants = context.getRegistry().lookupByNameAndType("tenantCatalog", TenantCatalog.class);
        if (secrets == null || tenants == null) {
            return;
        }
        of(tenants.all().size(), serving, name -> name.endsWith("_USER") ? secrets.findNotSecret(name) : secrets.find(name)).forEach(LOG::warn);
    }

    private static boolean set(UnaryOperator<String> credential, String name) {
        String value = credential.apply(name);
        return value != null && !value.isBlank();
    }
}
