-- One run per tenant across every instance sharing the database: a lease row per tenant in progress.
-- Taken by INSERT (the primary key refuses a second holder) or, when the holder stopped renewing it
-- (expires_at passed: the instance died or lost the database), by an UPDATE conditioned on the stale
-- run id. Renewed while the run goes on, deleted at its end. Times are the database's clock.
CREATE TABLE tenant_run_lock (
    tenant        VARCHAR(100)  NOT NULL,
    run_id        VARCHAR(40)   NOT NULL,
    owner         VARCHAR(200)  NOT NULL,
    acquired_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_tenant_run_lock PRIMARY KEY (tenant)
);

-- Which instance ran each run, and for a scheduled run the Quartz fire time it answered
-- (one row per fire: the proof that a clustered fire ran on one node only).
ALTER TABLE sync_run ADD COLUMN instance_id VARCHAR(200);
ALTER TABLE sync_run ADD COLUMN scheduled_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX ix_sync_run_scheduled ON sync_run (tenant, scheduled_at);
