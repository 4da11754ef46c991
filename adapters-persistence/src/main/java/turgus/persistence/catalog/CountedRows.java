package turgus.persistence.catalog;

import java.util.List;

/** A page of found products and how many were found in all. */
record CountedRows(List<FoundProductRow> rows, long total) {
    /** A statement that answers a page of found products, each row carrying the number found in all. */
    @FunctionalInterface
    interface PageQuery {
        List<FoundProductRow> rows(int limit, long offset);
    }

    /**
     * A page and the number of all found, from one statement; a page past the end holds no row to
     * carry that number, so then the first row is asked for as well.
     */
    static CountedRows read(PageQuery query, int limit, long offset) {
        List<FoundProductRow> found = query.rows(limit, offset);
        if (!found.isEmpty()) {
            return new CountedRows(found, found.get(0).totalFound());
        }
        if (offset == 0) {
            return new CountedRows(found, 0);
        }
        List<FoundProductRow> first = query.rows(1, 0);
        return new CountedRows(found, first.isEmpty() ? 0 : first.get(0).totalFound());
    }
}
