-- Deletions held by the guard: a run that would delete too many sheets deletes none and waits here
-- for an operator's confirmation or a normal run that no longer trips the guard.
CREATE TABLE deletion_hold (
    tenant        VARCHAR(100)  NOT NULL,
    run_id        VARCHAR(40)   NOT NULL,
    held_count    INTEGER       NOT NULL,
    future_count  INTEGER       NOT NULL,
    held_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_deletion_hold PRIMARY KEY (tenant)
);
