-- Password-reset links (V7) and email-undo links (V14) were the same thing twice: a link mailed to an
-- account that works once, until it expires, kept only as the SHA-256 hash of its token. One table
-- now holds both, told apart by purpose; an undo link also keeps the email it restores. Existing
-- links are copied, used or not, and keep working.

CREATE TABLE single_use_tokens (
    token_hash      VARCHAR(64)              NOT NULL,
    purpose         VARCHAR(20)              NOT NULL,
    user_id         BIGINT                   NOT NULL,
    previous_email  VARCHAR(254),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at         TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_single_use_tokens PRIMARY KEY (token_hash),
    CONSTRAINT fk_single_use_tokens_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT ck_single_use_tokens_purpose CHECK (purpose IN ('PASSWORD_RESET', 'EMAIL_REVERT')),
    CONSTRAINT ck_single_use_tokens_previous_email CHECK ((purpose = 'EMAIL_REVERT') = (previous_email IS NOT NULL)),
    CONSTRAINT ck_single_use_tokens_expiry CHECK (expires_at > created_at)
);

-- "Cancel every open link of this account for this purpose"; the purge starts from a time.
CREATE INDEX ix_single_use_tokens_user ON single_use_tokens (user_id, purpose);
CREATE INDEX ix_single_use_tokens_expires_at ON single_use_tokens (expires_at);

INSERT INTO single_use_tokens (token_hash, purpose, user_id, previous_email, created_at, expires_at, used_at)
SELECT token_hash, 'PASSWORD_RESET', user_id, NULL, created_at, expires_at, used_at FROM password_resets;

INSERT INTO single_use_tokens (token_hash, purpose, user_id, previous_email, created_at, expires_at, used_at)
SELECT token_hash, 'EMAIL_REVERT', user_id, previous_email, created_at, expires_at, used_at FROM email_reverts;

DROP TABLE password_resets;
DROP TABLE email_reverts;
