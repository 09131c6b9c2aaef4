package org.edusignconnector.sim.common;

import java.util.Optional;

/** Holds the current {@link FaultInjector} and numbers requests from 1 since it was installed. */
public final class FaultSwitch {

    private FaultInjector injector;
    private int count;

    public synchronized void install(FaultInjector injector) {
        this.injector = injector;
        this.count = 0;
    }

    public synchronized Optional<Fault> check(String method, String rawPath) {
        if (injector == null) {
            return Optional.empty();
        }
        count++;
        Optional<Fault> fault = injector.inject(method, rawPath, count);
        return fault == null ? Optional.empty() : fault;
    }
}
