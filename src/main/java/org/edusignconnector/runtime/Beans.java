package org.edusignconnector.runtime;

import org.apache.camel.CamelContext;

/** A bean an earlier configuration class bound; its absence is a wiring mistake, named. */
final class Beans {

    private Beans() {
    }

    static <T> T of(CamelContext context, String name, Class<T> type) {
        T bean = context.getRegistry().lookupByNameAndType(name, type);
        if (bean == null) {
            throw new IllegalStateException("no bean '" + name + "' (" + type.getSimpleName() + ") in the registry: the classes of"
                    + " camel.main.configuration-classes run in order, database, http, sync, api");
        }
        return bean;
    }
}
