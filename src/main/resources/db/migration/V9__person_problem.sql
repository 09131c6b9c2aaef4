-- The last problem recorded (INVALID_PERSON) for each person of a tenant: an event is written when a
-- person's problem appears or changes, not at every run. run_id: the run that recorded it, whose
-- other courses with that person are recorded too. Purged with the events (housekeeping), after
-- which a problem still there is recorded again.
CREATE TABLE person_problem (
    tenant        VARCHAR(100)  NOT NULL,
    person_key    VARCHAR(400)  NOT NULL,
    problem       VARCHAR(1000) NOT NULL,
    run_id        VARCHAR(40)   NOT NULL,
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_person_problem PRIMARY KEY (tenant, person_key)
);
