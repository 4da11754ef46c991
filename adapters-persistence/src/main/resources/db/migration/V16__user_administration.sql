-- What admins do to accounts: a block (with its end, the reason admins read and the category the user
-- is told), since when an account is deactivated (for "delete inactive accounts"), and when it was
-- deleted. A deleted account is anonymised, not removed: its orders and ledger keep pointing at it.
-- Written once for H2 (PostgreSQL mode) and PostgreSQL 15.

ALTER TABLE users ADD COLUMN blocked_until TIMESTAMP WITH TIME ZONE;
ALTER TABLE users ADD COLUMN block_reason VARCHAR(500);
ALTER TABLE users ADD COLUMN block_category VARCHAR(20);
ALTER TABLE users ADD COLUMN deactivated_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE users ADD COLUMN deleted_at TIMESTAMP WITH TIME ZONE;

ALTER TABLE users ADD CONSTRAINT ck_users_block_category
    CHECK (block_category IS NULL OR block_category IN ('ABUSE', 'FRAUD', 'SPAM', 'PAYMENT', 'OTHER'));
-- An account blocked before these columns existed has no block details: it reads as blocked for good,
-- category OTHER.

-- The admin's user list, one index per order it offers.
CREATE INDEX ix_users_full_name ON users (full_name, id);
CREATE INDEX ix_users_created_at ON users (created_at, id);
CREATE INDEX ix_users_last_login_at ON users (last_login_at, id);
-- Blocks that end by themselves, found by the job that lifts them.
CREATE INDEX ix_users_blocked_until ON users (blocked_until);
-- "Delete inactive accounts": deactivated long ago, or never signed in and old.
CREATE INDEX ix_users_status_deactivated_at ON users (status, deactivated_at);

-- The list's completed orders and total spent per user, read from the index alone.
CREATE INDEX ix_orders_user_status_total ON orders (user_id, status, total);
