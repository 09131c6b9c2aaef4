package org.edusignconnector.sim.edusign;

/** One item applied: the object's Edusign id, its external reference if any, created or updated. */
record V3Result(String id, String externalReferenceId, boolean created) {
}
