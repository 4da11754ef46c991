-- Catalog search on H2, which has no full-text index of its own that reads prefixes: every word of
-- every product's name and description in product_search_terms, indexed for prefix ranges
-- (word >= 'lapt' AND word < 'lapu'), and the catalog's vocabulary for reading typos. The trigger
-- H2ProductSearchTrigger (adapters-persistence) writes both in the transaction that writes the
-- product, from the same words as turgus.domain.catalog.search.SearchText. PostgreSQL builds the
-- equivalent from vendor/postgresql/V20; the persistence README says what differs. Both tables are
-- derived from products, so backups leave them out.
CREATE TABLE product_search_terms (
    word        VARCHAR(60) NOT NULL,
    product_id  BIGINT      NOT NULL,
    in_name     BOOLEAN     NOT NULL,
    CONSTRAINT pk_product_search_terms PRIMARY KEY (word, product_id, in_name),
    CONSTRAINT fk_product_search_terms_product FOREIGN KEY (product_id) REFERENCES products (id) ON DELETE CASCADE
);
CREATE INDEX ix_product_search_terms_product ON product_search_terms (product_id);

-- Words are added as products are written and never removed: a word no product holds any more
-- finds nothing.
CREATE TABLE product_search_words (
    word VARCHAR(60) NOT NULL,
    CONSTRAINT pk_product_search_words PRIMARY KEY (word)
);

CREATE TRIGGER trg_products_search AFTER INSERT, UPDATE ON products FOR EACH ROW
    CALL 'turgus.persistence.catalog.H2ProductSearchTrigger';

-- The products that exist already.
CREATE ALIAS index_all_products_for_search FOR 'turgus.persistence.catalog.H2ProductSearchTrigger.indexAll';
CALL index_all_products_for_search();
DROP ALIAS index_all_products_for_search;

-- The listings of every status (admins' "all"), read in order from an index as V2's are for one
-- status; and "-price", which breaks ties by ascending id, which no index of V2 reads in order.
CREATE INDEX ix_products_by_price_descending ON products (active, price DESC, id);
CREATE INDEX ix_products_all_by_name ON products (name, id);
CREATE INDEX ix_products_all_by_price ON products (price, id);
CREATE INDEX ix_products_all_by_price_descending ON products (price DESC, id);
CREATE INDEX ix_products_all_newest ON products (created_at DESC, id DESC);
