-- Refresh tokens rotate: each works once. The session keeps the hash of the token it replaced, so
-- that presenting that token again is recognised as reuse and signs the session out.

ALTER TABLE auth_sessions ADD COLUMN previous_token_hash VARCHAR(64);

CREATE INDEX ix_auth_sessions_previous_token_hash ON auth_sessions (previous_token_hash);
