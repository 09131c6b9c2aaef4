package org.edusignconnector.runtime;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import io.vertx.core.AsyncResult;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.auth.User;
import io.vertx.ext.auth.authentication.AuthenticationProvider;
import io.vertx.ext.auth.authentication.Credentials;
import io.vertx.ext.auth.authentication.UsernamePasswordCredentials;

/** The admin's user name and password, compared in constant time; never logged. */
final class AdminOnly implements AuthenticationProvider {

    private final byte[] user;
    private final byte[] password;
    private final String name;

    AdminOnly(String user, String password) {
        this.user = user.getBytes(StandardCharsets.UTF_8);
        this.password = password.getBytes(StandardCharsets.UTF_8);
        this.name = user;
    }

    @Override
    public Future<User> authenticate(Credentials credentials) {
        if (credentials instanceof UsernamePasswordCredentials given && given.getUsername() != null && given.getPassword() != null) {
            boolean userMatches = MessageDigest.isEqual(given.getUsername().getBytes(StandardCharsets.UTF_8), user);
            boolean passwordMatches = MessageDigest.isEqual(given.getPassword().getBytes(StandardCharsets.UTF_8), password);
            if (userMatches && passwordMatches) {
                return Future.succeededFuture(User.fromName(name));
            }
        }
        return Future.failedFuture("invalid credentials");
    }

    @Override
    public void authenticate(JsonObject credentials, Handler<AsyncResult<User>> handler) {
        authenticate(new UsernamePasswordCredentials(credentials)).onComplete(handler);
    }
}
