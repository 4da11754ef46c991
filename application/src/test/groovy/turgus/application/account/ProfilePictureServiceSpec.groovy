package turgus.application.account

import spock.lang.Specification
import turgus.application.account.port.out.AccountPictures
import turgus.application.account.port.out.ProfilePictureStore
import turgus.application.audit.port.out.AuditEventType
import turgus.application.shared.NotFoundException
import turgus.application.shared.UnsupportedImageException
import turgus.application.testing.InMemoryAuditLog
import turgus.domain.account.UserId

import java.time.Clock
import java.time.Instant
import java.time.ZoneOffset

class ProfilePictureServiceSpec extends Specification {
    static final UserId ANN = UserId.of(7)

    Map<UserId, String> pictures = [:]
    AccountPictures accounts = new AccountPictures() {
        boolean setPicture(UserId userId, String name) {
            if (userId != ANN) {
                return false
            }
            pictures[userId] = name
            true
        }

        Optional<String> picture(UserId userId) { Optional.ofNullable(pictures[userId]) }
    }
    List<String> files = []
    int stored = 0
    ProfilePictureStore store = new ProfilePictureStore() {
        String store(byte[] content) {
            if (content.length == 0) {
                throw new UnsupportedImageException('not a picture')
            }
            String name = "picture-${++stored}.png"
            files << name
            name
        }

        void delete(String name) { files.remove(name) }
    }
    InMemoryAuditLog audit = new InMemoryAuditLog()
    ProfilePictureService service = new ProfilePictureService(accounts, store, audit,
            Clock.fixed(Instant.parse('2026-11-21T12:00:00Z'), ZoneOffset.UTC))

    def "a new picture is stored, shown, logged, and the old file goes"() {
        when:
        String first = service.changePicture(ANN, [1] as byte[], '203.0.113.5')
        String second = service.changePicture(ANN, [2] as byte[], '203.0.113.5')

        then:
        pictures[ANN] == second
        files == [second]
        first != second
        audit.ofType(AuditEventType.PROFILE_UPDATED).size() == 2
        audit.events.every { it.subjectId() == ANN && it.ip() == '203.0.113.5' }
    }

    def "a refused upload changes nothing"() {
        given:
        String kept = service.changePicture(ANN, [1] as byte[], null)

        when:
        service.changePicture(ANN, new byte[0], null)

        then:
        thrown(UnsupportedImageException)
        pictures[ANN] == kept
        files == [kept]
    }

    def "a picture for an account that is gone is not kept"() {
        when:
        service.changePicture(UserId.of(99), [1] as byte[], null)

        then:
        thrown(NotFoundException)
        files.isEmpty()
        audit.events.isEmpty()
    }
}
