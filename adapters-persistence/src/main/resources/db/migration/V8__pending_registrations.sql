-- Registrations waiting for their emailed code, one per email (a new one replaces the old). The
-- password is kept as its bcrypt hash, the code as an HMAC-SHA256 under a server key. Rows past
-- expires_at, or voided by 5 wrong codes, are deleted by a scheduled job.

CREATE TABLE pending_registrations (
    email           VARCHAR(254)             NOT NULL,
    phone           VARCHAR(32)              NOT NULL,
    full_name       VARCHAR(200)             NOT NULL,
    password_hash   VARCHAR(100)             NOT NULL,
    code_hash       VARCHAR(64)              NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    wrong_attempts  INTEGER                  NOT NULL,
    CONSTRAINT pk_pending_registrations PRIMARY KEY (email),
    CONSTRAINT ck_pending_registrations_attempts CHECK (wrong_attempts BETWEEN 0 AND 5),
    CONSTRAINT ck_pending_registrations_expiry CHECK (expires_at > created_at)
);

CREATE INDEX ix_pending_registrations_expires_at ON pending_registrations (expires_at);
