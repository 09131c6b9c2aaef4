package org.edusignconnector.runtime;

import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BasicAuthHandler;
import org.edusignconnector.api.LoginThrottle;

/**
 * HTTP Basic in front of the management consoles, slowed per client address after failed credentials as the
 * business API is ({@link LoginThrottle}): each attempt waits its address's turn (on a timer, never holding an
 * event-loop thread), one whose turn is too far away is refused with 429, a success clears the address. A request
 * without credentials only asks for them: it is no guess and is not counted.
 */
final class ThrottledBasicAuth implements BasicAuthHandler {

    private final BasicAuthHandler basic;
    private final LoginThrottle throttle;

    ThrottledBasicAuth(BasicAuthHandler basic, LoginThrottle throttle) {
        this.basic = basic;
        this.throttle = throttle;
    }

    @Override
    public void handle(RoutingContext ctx) {
        if (ctx.request().getHeader("Authorization") == null) {
            basic.handle(ctx);
            return;
        }
        String address = ctx.request().remoteAddress() == null ? "unknown" : ctx.request().remoteAddress().host();
        LoginThrottle.Admission admission = throttle.admit(address);
        if (admission.refused()) {
            ctx.response().setStatusCode(429).putHeader("Retry-After", String.valueOf(Math.max(1, admission.delay().toSeconds())))
                    .end("too many failed authentications from this address: retry later");
            return;
        }
        ctx.addHeadersEndHandler(v -> {
            if (ctx.response().getStatusCode() == 401) {
                throttle.failed(address);
            } else if (ctx.user() != null) {
                throttle.succeeded(address);
            }
        });
        if (admission.delay().isZero()) {
            basic.handle(ctx);
            return;
        }
        ctx.request().pause();
        ctx.vertx().setTimer(admission.delay().toMillis(), id -> {
            ctx.request().resume();
            basic.handle(ctx);
        });
    }
}
