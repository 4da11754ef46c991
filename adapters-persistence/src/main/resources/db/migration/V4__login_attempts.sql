-- Failed logins in a row and the lock they bring, per account ('user:<id>') or, for a name that
-- matches no account, per hashed login name ('name:<sha-256>'). Kept here, not in memory, so that
-- every instance counts together and a restart lifts no lock. A row is never deleted while its key
-- is in use (a success resets it to zero): failures recorded in parallel lock that one row.

CREATE TABLE login_attempts (
    login_key             VARCHAR(80)              NOT NULL,
    user_id               BIGINT,
    consecutive_failures  INTEGER                  NOT NULL,
    locked_until          TIMESTAMP WITH TIME ZONE,
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_login_attempts PRIMARY KEY (login_key),
    CONSTRAINT fk_login_attempts_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT ck_login_attempts_failures CHECK (consecutive_failures >= 0)
);

-- The admin's user list shows each account's lock.
CREATE INDEX ix_login_attempts_user ON login_attempts (user_id);
