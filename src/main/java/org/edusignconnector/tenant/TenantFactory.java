package org.edusignconnector.tenant;

import org.edusignconnector.course.SourceAdapter;

/** Builds the source adapter of a tenant from its template parameters (one per source template). */
@FunctionalInterface
public interface TenantFactory {
    SourceAdapter source(TenantSettings settings);
}
