-- The sign-in routes' rate-limit buckets, one per client address, shared by every instance on
-- PostgreSQL (Bucket4j's select-for-update proxy). On the embedded H2 database the buckets live in
-- memory and this table stays empty. state is Bucket4j's serialised bucket; expires_at (epoch
-- milliseconds) says when a bucket has refilled and its row can go.
CREATE TABLE rate_limit_buckets (
    id         VARCHAR(100) NOT NULL,
    state      BYTEA,
    expires_at BIGINT,
    CONSTRAINT pk_rate_limit_buckets PRIMARY KEY (id)
);

CREATE INDEX ix_rate_limit_buckets_expires_at ON rate_limit_buckets (expires_at);
