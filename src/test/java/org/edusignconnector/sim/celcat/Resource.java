package org.edusignconnector.sim.celcat;

/** Answers one kind of call against the timetable selected by the {@code TimetableId} header. */
@FunctionalInterface
interface Resource {

    SimResponse answer(SimRequest request, CelcatTimetable timetable);
}
