package turgus.domain.catalog.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How catalog text is cut into words for searching: lower case, accents and other marks dropped
 * ("Café" is "cafe", "Straße" is "strasse"), every run of letters and digits one word, everything
 * else a separator. Names and descriptions are indexed this way and typed searches read this way,
 * so that both sides meet in the same form.
 */
public final class SearchText {
    /** Words longer than this are cut: nobody types them, and the index keeps its keys short. */
    public static final int MAX_WORD_LENGTH = 60;

    /** Letters that do not decompose into a base letter and a mark, written as PostgreSQL's unaccent writes them. */
    private static final Map<Character, String> FOLDED = Map.ofEntries(
            Map.entry('ß', "ss"),
            Map.entry('æ', "ae"),
            Map.entry('œ', "oe"),
            Map.entry('ø', "o"),
            Map.entry('ł', "l"),
            Map.entry('đ', "d"),
            Map.entry('ð', "d"),
            Map.entry('þ', "th"),
            Map.entry('ı', "i"));

    private SearchText() {}

    /** The words of {@code text} in their order, repeated ones included; none for null or blank text. */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        String folded = fold(text);
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                word.append(c);
            } else {
                flush(word, words);
            }
        }
        flush(word, words);
        return words;
    }

    /** The different words of {@code text}, in the order they first appear. */
    public static Set<String> distinctWords(String text) {
        return new LinkedHashSet<>(words(text));
    }

    private static void flush(StringBuilder word, List<String> words) {
        if (!word.isEmpty()) {
            words.add(word.length() > MAX_WORD_LENGTH ? word.substring(0, MAX_WORD_LENGTH) : word.toString());
            word.setLength(0);
        }
    }

    /** Lower case without marks: decomposed, marks removed, the few undecomposable letters spelt out. */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFKD);
        StringBuilder folded = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            String spelt = FOLDED.get(c);
            if (spelt != null) {
                folded.append(spelt);
            } else {
                folded.append(c);
            }
        }
        return folded.toString();
    }
}
