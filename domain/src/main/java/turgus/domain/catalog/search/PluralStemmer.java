package turgus.domain.catalog.search;

/**
 * Cuts an English word to a stem that its singular and its plural both begin with, so that a
 * search for either, read as a prefix, finds both: "laptops" and "laptop" give "laptop", "boxes"
 * and "box" give "box", "batteries" and "battery" give "batter". A stem is always a prefix of the
 * word it came from. It only ever shortens, so at worst a search finds a little more, never less.
 */
public final class PluralStemmer {
    /** Shorter words are left alone: "bus", "gas" and "yes" are no plurals. */
    static final int MIN_LENGTH = 4;

    private PluralStemmer() {}

    public static String stem(String word) {
        if (word.length() < MIN_LENGTH || !isLetters(word)) {
            return word;
        }
        if (word.endsWith("ies")) {
            return word.substring(0, word.length() - 3);
        }
        if (word.endsWith("y") && !isVowel(word.charAt(word.length() - 2))) {
            return word.substring(0, word.length() - 1);
        }
        if (word.endsWith("sses")
                || word.endsWith("xes")
                || word.endsWith("zes")
                || word.endsWith("ches")
                || word.endsWith("shes")) {
            return word.substring(0, word.length() - 2);
        }
        if (word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    private static boolean isLetters(String word) {
        return word.chars().allMatch(Character::isLetter);
    }

    private static boolean isVowel(char c) {
        return "aeiouy".indexOf(c) >= 0;
    }
}
