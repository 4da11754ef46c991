-- The dashboard (GET /api/admin/stats) adds up, per day of a time range, the orders placed, the
-- refunds made, the customer accounts opened and the lines of the orders placed, and counts the
-- carts changed in the last 7 days (StatsRowRepository). Each starts from one indexed time range.
--
-- Plans checked once with EXPLAIN (ANALYZE) on 100,000 orders spread over a year (300,000 lines,
-- 20,000 accounts, 200 products), a month asked, on PostgreSQL 15 and H2 2.3, on a busy 2-core box:
-- * orders placed: ix_orders_placed answers the range alone: PostgreSQL an index-only scan of the
--   month's ~8,200 orders (bitmap heap scan of the table before, 30 → 20 ms); H2 an index range scan
--   (scanCount 8,220).
-- * refunds: before ix_orders_refunded both read all 100,000 orders (PostgreSQL seq scan, 16 ms,
--   growing with the table); with it, the month's ~410 refunds (PostgreSQL 2 ms; H2 scanCount 411).
-- * new customers: before ix_users_created every account was read; with it the month's ~1,500.
-- * top products: H2 takes the month's paid orders from ix_orders_placed and their lines from
--   ix_order_lines_sales (order_id first, the summed columns in it): 8,220 orders, 31,236 lines read.
--   PostgreSQL's planner still prefers a hash join over a parallel scan of all order lines at this
--   size (120–310 ms measured); forced to a nested loop it uses the index-only scan of
--   ix_order_lines_sales (~85 ms). It switches on its own as the lines outgrow the month (or with a
--   random_page_cost for SSDs); the grouping itself only ever sees the month's lines.
-- * active carts: cart_lines by added_at (ix_cart_lines_added), the recent lines only.
CREATE INDEX ix_orders_placed ON orders (created_at, status, total);
CREATE INDEX ix_orders_refunded ON orders (refunded_at);
CREATE INDEX ix_users_created ON users (created_at);
CREATE INDEX ix_order_lines_sales ON order_lines (order_id, product_id, quantity, line_total);
CREATE INDEX ix_cart_lines_added ON cart_lines (added_at);
