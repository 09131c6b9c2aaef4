package org.edusignconnector.tenant;

import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.service.ServiceSupport;

/**
 * The idempotent repository a shared route uses for one flow: keys are {@code tenant|key}, and each
 * is kept in that tenant's own JDBC repository (processor name {@code <tenant>-<flow>}).
 */
public class TenantIdempotency extends ServiceSupport implements IdempotentRepository {

    private final TenantCatalog tenants;
    private final String flow;

    public TenantIdempotency(TenantCatalog tenants, String flow) {
        this.tenants = tenants;
        this.flow = flow;
    }

    public static String key(String tenant, String key) {
        return tenant + "|" + key;
    }

    @Override
    public boolean add(String key) {
        return repository(key).add(local(key));
    }

    @Override
    public boolean contains(String key) {
        return repository(key).contains(local(key));
    }

    @Override
    public boolean remove(String key) {
        return repository(key).remove(local(key));
    }

    @Override
    public boolean confirm(String key) {
        return repository(key).confirm(local(key));
    }

    @Override
    public void clear() {
        throw new UnsupportedOperationException("clearing every tenant's repository at once is not supported");
    }

    private IdempotentRepository repository(String key) {
        int bar = key.indexOf('|');
        if (bar <= 0) {
            throw new IllegalArgumentException("idempotent key without a tenant: " + key);
        }
        return tenants.repository(key.substring(0, bar), flow);
    }

    private static String local(String key) {
        return key.substring(key.indexOf('|') + 1);
    }
}
