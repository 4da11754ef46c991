-- Links that undo an email change, mailed to the address the account left. Only the SHA-256 hash of
-- a link's token is kept, with the email it restores; a link works once (used_at is set by a
-- conditional update) and only until expires_at. A later change of the same account adds its own row.

CREATE TABLE email_reverts (
    token_hash      VARCHAR(64)              NOT NULL,
    user_id         BIGINT                   NOT NULL,
    previous_email  VARCHAR(254)             NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at         TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_email_reverts PRIMARY KEY (token_hash),
    CONSTRAINT fk_email_reverts_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT ck_email_reverts_expiry CHECK (expires_at > created_at)
);

CREATE INDEX ix_email_reverts_user ON email_reverts (user_id);
CREATE INDEX ix_email_reverts_expires_at ON email_reverts (expires_at);
