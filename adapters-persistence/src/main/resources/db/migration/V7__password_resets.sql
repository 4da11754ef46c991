-- Password-reset links. Only the SHA-256 hash of a link's token is kept; a link works once
-- (used_at is set by a conditional update) and only until expires_at.

CREATE TABLE password_resets (
    token_hash  VARCHAR(64)              NOT NULL,
    user_id     BIGINT                   NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_password_resets PRIMARY KEY (token_hash),
    CONSTRAINT fk_password_resets_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT ck_password_resets_expiry CHECK (expires_at > created_at)
);

CREATE INDEX ix_password_resets_user ON password_resets (user_id);
CREATE INDEX ix_password_resets_expires_at ON password_resets (expires_at);
