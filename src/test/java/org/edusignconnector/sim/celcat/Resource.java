package org.edusignconnector.sim.celcat;

import org.edusignconnector.sim.common.SimRequest;
import org.edusignconnector.sim.common.SimResponse;

/** Answers one kind of call against the timetable selected by the {@code TimetableId} header. */
@FunctionalInterface
interface Resource {

    SimResponse answer(SimRequest request, CelcatTimetable timetable);
}
