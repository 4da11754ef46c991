-- Secrets every instance of the shop shares (the JWT signing secret when none is configured).
-- The primary key makes "first writer wins" safe when several instances start at once.
-- The column is secret_value, not value: VALUE is a reserved word in H2 2.x.

CREATE TABLE app_secrets (
    name         VARCHAR(100)             NOT NULL,
    secret_value VARCHAR(1000)            NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    CONSTRAINT pk_app_secrets PRIMARY KEY (name)
);
