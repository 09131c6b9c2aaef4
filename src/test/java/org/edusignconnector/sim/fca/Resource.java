package org.edusignconnector.sim.fca;

import org.edusignconnector.sim.common.SimRequest;
import org.edusignconnector.sim.common.SimResponse;

/** Answers one kind of call; {@code pathId} is the decoded id segment of the path, or null when it has none. */
@FunctionalInterface
interface Resource {

    SimResponse answer(SimRequest request, String pathId, FcaData data);
}
