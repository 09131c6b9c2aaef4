package org.edusignconnector.sync;

/** A run was asked for a tenant that is already running. */
public class RunAlreadyInProgressException extends RuntimeException {
    private final String runningRunId;

    public RunAlreadyInProgressException(String tenant, String runningRunId) {
        super("tenant '" + tenant + "' is already running (run " + runningRunId + "); try again when it has finished");
        this.runningRunId = runningRunId;
    }

    /** A run of the tenant in progress on another instance sharing the database. */
    public RunAlreadyInProgressException(String tenant, String runningRunId, String instance) {
        super("tenant '" + tenant + "' is already running on instance " + instance + " (run " + runningRunId
                + "); try again when it has finished");
        this.runningRunId = runningRunId;
    }

    public String runningRunId() {
        return runningRunId;
    }
}
