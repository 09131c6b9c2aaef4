package org.edusignconnector.http;

/**
 * Asked before every outbound call is sent: throws to stop it (a run that lost its tenant lease must
 * not write, a run past its deadline must not go on). Kept an interface so that the HTTP layer does
 * not depend on how runs are tracked.
 */
@FunctionalInterface
public interface CallGuard {

    CallGuard NONE = call -> { };

    void beforeSend(HttpCall call);
}
