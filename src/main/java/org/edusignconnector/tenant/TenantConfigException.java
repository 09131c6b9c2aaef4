package org.edusignconnector.tenant;

/** A tenant file that cannot run: the message names the tenant and the field. */
public class TenantConfigException extends RuntimeException {
    public TenantConfigException(String tenant, String field, String problem) {
        super("tenant '" + tenant + "': " + field + " " + problem);
    }
}
