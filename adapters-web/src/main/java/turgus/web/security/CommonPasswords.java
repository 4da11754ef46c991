package turgus.web.security;

import jakarta.inject.Singleton;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import me.gosimple.nbvcxz.resources.DictionaryUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The most common leaked passwords, for the password policy's "not common" rule: the 100,000 of
 * nbvcxz's ranked list of leaked passwords, plus {@code common-passwords.txt} beside this class (the
 * variants people make of them to pass a policy that the list and the cores below do not catch).
 * Read once per process, when the first password is checked, into one set of lower-cased entries
 * (about 100,000 strings: some 150 ms on a warm JVM, 300 ms on a cold one, logged; roughly 10 MB of
 * heap).
 *
 * <p>A password is common when, without regard to letter case, it is on the list, or its core is:
 * what is left once the runs of digits and other non-letters at its ends are cut off ({@code
 * !Qwerty123$} → {@code qwerty}), or once only the runs of non-alphanumerics are ({@code !123456789$} →
 * {@code 123456789}). The policy demands an upper-case letter and a special character, and people
 * meet it by capitalising a common password and adding a digit and a {@code !}: the core catches
 * that. Only the ends are cut, so a passphrase that merely contains a common word ({@code
 * Correct-horse-7!}) stays acceptable.
 */
@Singleton
public class CommonPasswords {
    static final String VARIANTS_RESOURCE = "common-passwords.txt";

    /**
     * The fewest characters a core must keep to count. Three-letter cores (abc, bob, sex) are on the
     * list too, and would refuse passwords whose strength lies in the long run of digits around them.
     */
    static final int MIN_CORE_LENGTH = 4;

    /** Fewer entries than this means the library's list was not read (it reports errors only on stdout). */
    static final int MIN_ENTRIES = 10_000;

    private static final Logger LOG = LoggerFactory.getLogger(CommonPasswords.class);

    /** Shared by every application context of the process (tests start many), read on first use. */
    private static volatile Set<String> passwords;

    public boolean contains(String password) {
        if (password == null || password.isEmpty()) {
            return false;
        }
        Set<String> common = passwords();
        String folded = fold(password);
        return common.contains(folded)
                || isCommonCore(common, stripEnds(folded, CommonPasswords::isLetterOrDigit))
                || isCommonCore(common, stripEnds(folded, Character::isLetter));
    }

    /** How many distinct entries the list has, letter case folded. */
    public int size() {
        return passwords().size();
    }

    private static boolean isCommonCore(Set<String> common, String core) {
        return core.length() >= MIN_CORE_LENGTH && common.contains(core);
    }

    /** {@code text} without the characters at either end that {@code kept} refuses. */
    static String stripEnds(String text, CharTest kept) {
        int start = 0;
        int end = text.length();
        while (start < end && !kept.test(text.charAt(start))) {
            start++;
        }
        while (end > start && !kept.test(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    @FunctionalInterface
    interface CharTest {
        boolean test(char c);
    }

    private static boolean isLetterOrDigit(char c) {
        return Character.isLetterOrDigit(c);
    }

    private static Set<String> passwords() {
        Set<String> loaded = passwords;
        if (loaded == null) {
            synchronized (CommonPasswords.class) {
                loaded = passwords;
                if (loaded == null) {
                    loaded = load();
                    passwords = loaded;
                }
            }
        }
        return loaded;
    }

    private static Set<String> load() {
        long start = System.nanoTime();
        Map<String, Integer> leaked = DictionaryUtil.loadRankedDictionary(DictionaryUtil.passwords);
        if (leaked.size() < MIN_ENTRIES) {
            throw new IllegalStateException(
                    "The list of leaked passwords of nbvcxz could not be read: " + leaked.size() + " entries");
        }
        Set<String> all = new HashSet<>(2 * leaked.size());
        for (String password : leaked.keySet()) {
            all.add(fold(password));
        }
        readVariants(all);
        LOG.info(
                "Read {} common passwords in {} ms",
                all.size(),
                Duration.ofNanos(System.nanoTime() - start).toMillis());
        return Collections.unmodifiableSet(all);
    }

    private static void readVariants(Set<String> into) {
        try (InputStream in = CommonPasswords.class.getResourceAsStream(VARIANTS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(
                        "The list of common password variants is missing: " + VARIANTS_RESOURCE);
            }
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(CommonPasswords::fold)
                    .forEach(into::add);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static String fold(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
