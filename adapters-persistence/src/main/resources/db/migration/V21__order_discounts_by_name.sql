-- A discount is stored by what it is called (the product on sale, the loyalty tier, the promo code)
-- and its percent, so that each client words it in its reader's language. Orders paid before this
-- keep only the English words they were shown with, in label; new rows leave label empty.
ALTER TABLE order_discounts ADD COLUMN name VARCHAR(200);
ALTER TABLE order_discounts ADD COLUMN percent INTEGER;
ALTER TABLE order_discounts ALTER COLUMN label DROP NOT NULL;
ALTER TABLE order_discounts ADD CONSTRAINT ck_order_discounts_named
    CHECK (name IS NOT NULL OR label IS NOT NULL);
ALTER TABLE order_discounts ADD CONSTRAINT ck_order_discounts_percent
    CHECK (percent IS NULL OR (percent BETWEEN 1 AND 100));
