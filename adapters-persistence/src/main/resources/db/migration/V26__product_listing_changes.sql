-- What a listing shows of a product (its words, price, sale, picture and status) changes only
-- through the admins' edits, which number each change from this sequence. With the newest id, the
-- largest number (read from the end of its index) is the catalog's version that ProductCounts and
-- KeptSearches (adapters-persistence) keep their counts and search results at. The stock is not part
-- of it: a purchase, which changes the stock and updated_at, leaves kept searches and counts valid.
CREATE SEQUENCE product_listing_changes;

ALTER TABLE products ADD COLUMN listing_change BIGINT DEFAULT 0 NOT NULL;

CREATE INDEX ix_products_listing_change ON products (listing_change);
