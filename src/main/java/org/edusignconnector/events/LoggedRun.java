package org.edusignconnector.events;

/** What the event log needs to know of the run it records for: which run, whose, and whether it only plans. */
public interface LoggedRun {

    String runId();

    String tenantName();

    /** A dry run writes nothing: its events are collected as its plan. */
    boolean dryRun();

    void plan(PlannedItem item);
}
