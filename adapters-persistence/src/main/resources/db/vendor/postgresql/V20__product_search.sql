-- Catalog search on PostgreSQL: the words of every product's name and description in a full-text
-- index that the database keeps current, and the catalog's vocabulary with a trigram index for
-- reading typos. H2 builds the same from vendor/h2/V20 (see the persistence README for what
-- differs). Both extensions ship with Debian's postgresql-15 package (contrib); they live in
-- `public`, where every schema of the database can reach them by qualified name.
CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public;
CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public;

-- Words as the shop reads them (turgus.domain.catalog.search.SearchText): lower case, accents
-- dropped, not stemmed (a search reads a plural as a prefix of its singular instead).
CREATE TEXT SEARCH CONFIGURATION product_search (COPY = pg_catalog.simple);
ALTER TEXT SEARCH CONFIGURATION product_search
    ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, simple;

-- Every search: words and prefixes (to_tsquery 'lapt:*') of name and description together.
CREATE INDEX ix_products_search ON products USING GIN (to_tsvector('product_search', name || ' ' || description));

-- The catalog's distinct words, for typos only: "cofee" is looked up here by trigrams and read
-- as "coffee". Words are added as products are written and never removed: a word no product
-- holds any more finds nothing. Derived from products, so backups leave it out.
CREATE TABLE product_search_words (
    word VARCHAR(60) NOT NULL,
    CONSTRAINT pk_product_search_words PRIMARY KEY (word)
);
CREATE INDEX ix_product_search_words_trigrams ON product_search_words USING GIN (word public.gin_trgm_ops);

CREATE FUNCTION remember_product_search_words() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO product_search_words (word)
    SELECT DISTINCT lexeme FROM unnest(to_tsvector('product_search', NEW.name || ' ' || NEW.description))
    WHERE length(lexeme) <= 60
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END
$$;

-- Stock moves (checkout, restock) leave name and description alone and do not fire it.
CREATE TRIGGER trg_products_search_words AFTER INSERT OR UPDATE OF name, description ON products
    FOR EACH ROW EXECUTE FUNCTION remember_product_search_words();

INSERT INTO product_search_words (word)
SELECT DISTINCT lexeme FROM products, unnest(to_tsvector('product_search', name || ' ' || description))
WHERE length(lexeme) <= 60
ON CONFLICT DO NOTHING;

-- The listings of every status (admins' "all"), read in order from an index as V2's are for one
-- status; and "-price", which breaks ties by ascending id, which no index of V2 reads in order.
CREATE INDEX ix_products_by_price_descending ON products (active, price DESC, id);
CREATE INDEX ix_products_all_by_name ON products (name, id);
CREATE INDEX ix_products_all_by_price ON products (price, id);
CREATE INDEX ix_products_all_by_price_descending ON products (price DESC, id);
CREATE INDEX ix_products_all_newest ON products (created_at DESC, id DESC);
