package turgus.web.security

import org.mindrot.jbcrypt.BCrypt
import spock.lang.Shared
import spock.lang.Specification
import spock.lang.Unroll

import java.nio.charset.StandardCharsets
import java.time.Duration

class BcryptPasswordHasherSpec extends Specification {
    @Shared
    PasswordHashingPool pool = new PasswordHashingPool(2, 8, Duration.ofSeconds(30))

    @Shared
    BcryptPasswordHasher hasher = new BcryptPasswordHasher(pool)

    def cleanupSpec() {
        pool.close()
    }

    void "a password matches its own hash and nothing else"() {
        when:
        String hash = hasher.hash('Correct-horse-7!')

        then:
        hasher.matches('Correct-horse-7!', hash)
        !hasher.matches('correct-horse-7!', hash)
        !hasher.matches('Correct-horse-7', hash)
        !hasher.matches('', hash)
    }

    void "hashes are bcrypt with cost 12 and a fresh salt each time"() {
        when:
        String first = hasher.hash('Same-password-1!')
        String second = hasher.hash('Same-password-1!')

        then:
        first.startsWith('$2a$12$')
        first != second
        hasher.matches('Same-password-1!', first)
        hasher.matches('Same-password-1!', second)
    }

    @Unroll
    void "passwords longer than bcrypt's 72 bytes still count to the last character (#description)"() {
        given:
        String hash = hasher.hash(prefix + 'A')

        expect:
        prefix.getBytes(StandardCharsets.UTF_8).length >= 72
        hasher.matches(prefix + 'A', hash)
        !hasher.matches(prefix + 'B', hash)
        !hasher.matches(prefix, hash)

        where:
        description              | prefix
        '100 ASCII characters'   | 'x' * 100
        '127 ASCII characters'   | ('Ab1$' * 32).substring(0, 127)
        'multi-byte characters'  | 'ž' * 40
    }

    void "non-ASCII passwords are told apart"() {
        given:
        String hash = hasher.hash('Pässwörd-1!')

        expect:
        hasher.matches('Pässwörd-1!', hash)
        !hasher.matches('Passwort-1!', hash)
    }

    @Unroll
    void "a broken stored hash never matches and never throws: '#stored'"() {
        expect:
        !hasher.matches('anything', stored)

        where:
        stored << [null, '', 'plain-text', '$2a$12$short', '$2a$99$' + ('x' * 53)]
    }

    void "a missing password never matches"() {
        expect:
        !hasher.matches(null, hasher.hash('x'))
    }

    void "spending comparable time for an unknown account runs a real check, at the cost of a real hash"() {
        given: 'a hasher whose bcrypt checks are recorded, then run'
        List<String> checkedHashes = []
        def recording = new BcryptPasswordHasher(pool, { String candidate, String hash ->
            checkedHashes << hash
            BCrypt.checkpw(candidate, hash)
        })

        when:
        recording.spendComparableTime('whatever')
        recording.spendComparableTime(null)

        then: 'each time, one bcrypt check against one stored hash of cost 12, as for a known account'
        checkedHashes.size() == 2
        checkedHashes.toSet().size() == 1
        checkedHashes[0] ==~ /^\$2a\$12\$[.\/A-Za-z0-9]{53}$/
        checkedHashes[0].startsWith(hasher.hash('x').substring(0, 7))
    }
}
