-- The doctor's last verdict per tenant (counts only, never its texts): the overview shows it without
-- probing Edusign and the source again, after a restart too and on every instance. One row per tenant,
-- replaced at each examination, from the API or the command line.
CREATE TABLE doctor_verdict (
    tenant      VARCHAR(100) NOT NULL,
    checked_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    fails       INTEGER NOT NULL,
    warns       INTEGER NOT NULL,
    CONSTRAINT pk_doctor_verdict PRIMARY KEY (tenant)
);
