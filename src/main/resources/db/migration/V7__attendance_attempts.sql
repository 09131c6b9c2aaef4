-- Attendance write-backs sent to a source and not yet confirmed: a row is stored before the PUT and
-- removed once the idempotent key is stored (or the source refused for good). A row found before a
-- write means an earlier attempt of the same content was interrupted (killed process, lost answer):
-- the identical body is sent again (a no-op at the source by contract) and that is recorded.
CREATE TABLE attendance_attempt (
    tenant        VARCHAR(100)  NOT NULL,
    sheet_id      VARCHAR(100)  NOT NULL,
    fingerprint   VARCHAR(64)   NOT NULL,
    run_id        VARCHAR(40)   NOT NULL,
    attempted_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    attempts      INTEGER       NOT NULL,
    CONSTRAINT pk_attendance_attempt PRIMARY KEY (tenant, sheet_id, fingerprint)
);
