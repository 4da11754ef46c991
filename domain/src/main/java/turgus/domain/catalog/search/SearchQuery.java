package turgus.domain.catalog.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a shopper typed, read as words: each word is found as the beginning of a word of a
 * product's name or description (so "lapt" finds "Laptop"), a plural as its singular, in any
 * order, and a product must hold every word. At most {@link #MAX_WORDS} words count; the rest is
 * ignored, as a search box is no place for essays.
 */
public record SearchQuery(List<Word> words) {
    public static final int MAX_WORDS = 4;

    /**
     * One typed word.
     *
     * @param typed the word in the normal form of {@link SearchText}
     * @param prefix what a catalog word must begin with to match it: its {@link PluralStemmer stem}
     */
    public record Word(String typed, String prefix) {
        public Word {
            Objects.requireNonNull(typed, "typed");
            Objects.requireNonNull(prefix, "prefix");
            if (!typed.startsWith(prefix) || prefix.isEmpty()) {
                throw new IllegalArgumentException("A prefix begins the word: " + prefix + ", " + typed);
            }
        }

        public static Word of(String typed) {
            return new Word(typed, PluralStemmer.stem(typed));
        }

        /** Whether a catalog word matches this word as typed. */
        public boolean matches(String catalogWord) {
            return catalogWord.startsWith(prefix);
        }

        /**
         * The catalog word this word most likely stands for if it holds a typo: among the words it
         * does not already match, the one within a typo's reach with the fewest edits, the first in
         * alphabetical order among equals; none when no word is within reach.
         */
        public Optional<String> likelyMeant(Collection<String> catalogWords) {
            return catalogWords.stream()
                    .distinct()
                    .filter(word -> !matches(word) && Typos.withinReach(typed, word))
                    .min(Comparator.comparingInt((String word) -> Typos.distance(typed, word))
                            .thenComparing(Comparator.naturalOrder()));
        }
    }

    public SearchQuery {
        words = List.copyOf(words);
        if (words.size() > MAX_WORDS) {
            throw new IllegalArgumentException("At most " + MAX_WORDS + " words: " + words);
        }
    }

    /** The words of {@code text}, each once, the first {@link #MAX_WORDS} only. */
    public static SearchQuery parse(String text) {
        List<Word> words = new ArrayList<>();
        for (String word : SearchText.distinctWords(text)) {
            if (words.size() == MAX_WORDS) {
                break;
            }
            words.add(Word.of(word));
        }
        return new SearchQuery(words);
    }

    public boolean isEmpty() {
        return words.isEmpty();
    }

    /**
     * Whether a text's words hold every word of the query, each as the beginning of one of them or
     * as the word {@code typos} says it stands for.
     */
    public boolean foundIn(List<String> catalogWords, Map<Word, String> typos) {
        return words.stream()
                .allMatch(word -> catalogWords.stream().anyMatch(w -> word.matches(w) || w.equals(typos.get(word))));
    }

    /** For each word that may hold a typo, the catalog word it most likely stands for ({@link Word#likelyMeant}). */
    public Map<Word, String> typos(Collection<String> catalogWords) {
        Map<Word, String> typos = new LinkedHashMap<>();
        for (Word word : words) {
            word.likelyMeant(catalogWords).ifPresent(meant -> typos.put(word, meant));
        }
        return typos;
    }
}
