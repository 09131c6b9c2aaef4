package org.edusignconnector.sim.edusign;

import com.fasterxml.jackson.databind.JsonNode;

/** One v1 route: returns the envelope {@code result} or throws {@link EdusignError}. Runs under the school lock. */
@FunctionalInterface
interface Endpoint {

    JsonNode handle(ApiCall call, SchoolState school);
}
