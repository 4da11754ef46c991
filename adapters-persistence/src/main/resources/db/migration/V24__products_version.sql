-- The latest change to any product, read from the end of this index: with the newest id it tells
-- whether the catalog's counts kept by ProductCounts (adapters-persistence) are still current, so
-- that a listing need not count every active product on each page.
CREATE INDEX ix_products_updated_at ON products (updated_at);
