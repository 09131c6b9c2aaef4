package org.edusignconnector.tenant;

/** A request named a tenant that no tenant file declares. */
public class UnknownTenantException extends RuntimeException {
    public UnknownTenantException(String tenant) {
        super("no tenant named '" + tenant + "'");
    }
}
