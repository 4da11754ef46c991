package turgus.domain.catalog.search;

/**
 * When a typed word is taken for a misspelt word of the catalog: both begin with the same letter
 * (typos at the start are rare and would match far too much), and one becomes the other by at most
 * one edit for words of 4 to 7 letters and two from 8 letters on, an edit being one letter added,
 * removed, replaced, or two neighbours swapped. Words of 3 letters or fewer are taken as typed.
 */
public final class Typos {
    static final int MIN_LENGTH = 4;
    static final int TWO_EDITS_FROM = 8;

    private Typos() {}

    /** How many edits a typed word of this length may be away from a catalog word. */
    public static int allowedEdits(String typed) {
        if (typed.length() < MIN_LENGTH) {
            return 0;
        }
        return typed.length() >= TWO_EDITS_FROM ? 2 : 1;
    }

    /** Whether {@code candidate} may be what was meant by {@code typed}. */
    public static boolean withinReach(String typed, String candidate) {
        int allowed = allowedEdits(typed);
        if (allowed == 0 || candidate.isEmpty() || typed.charAt(0) != candidate.charAt(0)) {
            return false;
        }
        if (Math.abs(typed.length() - candidate.length()) > allowed) {
            return false;
        }
        return distance(typed, candidate) <= allowed;
    }

    /** The optimal string alignment distance: insertions, deletions, substitutions, adjacent swaps. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
