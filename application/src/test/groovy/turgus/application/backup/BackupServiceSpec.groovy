package turgus.application.backup

import spock.lang.Specification
import turgus.application.account.port.in.SignedIn
import turgus.application.account.port.in.StartSessionUseCase
import turgus.application.audit.port.out.AuditEventType
import turgus.application.backup.port.in.BackupInvalidException
import turgus.application.backup.port.in.RestoreCommand
import turgus.application.backup.port.out.BackupArchive
import turgus.application.backup.port.out.BackupContents
import turgus.application.backup.port.out.BackupFiles
import turgus.application.backup.port.out.PictureFiles
import turgus.application.backup.port.out.StoredBackup
import turgus.application.shared.NotFoundException
import turgus.application.testing.DirectTransactions
import turgus.application.testing.InMemoryAuditLog
import turgus.application.testing.InMemoryScheduledRuns
import turgus.application.testing.InMemorySessionRepository
import turgus.application.testing.MutableClock
import turgus.domain.account.Email
import turgus.domain.account.Role
import turgus.domain.account.UserId

import java.nio.file.Path
import java.time.Duration
import java.time.Instant

/** Backups and restores as the use case orders them, over ports that record what happened. */
class BackupServiceSpec extends Specification {
    static final UserId ADMIN = UserId.of(1)
    static final BackupContents CONTENTS = new BackupContents('15', Instant.parse('2026-12-01T00:00:00Z'), [users: 2L, orders: 3L])

    MutableClock clock = new MutableClock()
    InMemoryAuditLog audit = new InMemoryAuditLog()
    InMemorySessionRepository sessions = new InMemorySessionRepository()
    DirectTransactions transactions = new DirectTransactions()
    List<String> steps = []
    Map<String, StoredBackup> kept = new LinkedHashMap<>()

    BackupArchive archive = Mock()
    PictureFiles pictures = Mock()
    StartSessionUseCase signIn = Mock()
    PictureFiles.Replacement replacement = Mock()

    BackupFiles files = new BackupFiles() {
        List<StoredBackup> list() { kept.values().sort { a, b -> b.createdAt() <=> a.createdAt() ?: b.id() <=> a.id() } }

        Optional<Path> find(String id) { kept.containsKey(id) ? Optional.of(Path.of("/backups/${id}.zip")) : Optional.empty() }

        StoredBackup write(String id, Instant createdAt, BackupFiles.Content content) {
            content.writeTo(new ByteArrayOutputStream())
            kept[id] = new StoredBackup(id, createdAt, 100)
        }

        boolean delete(String id) { kept.remove(id) != null }
    }

    InMemoryScheduledRuns runs = new InMemoryScheduledRuns()

    BackupService service = new BackupService(archive, files, pictures, sessions, signIn, transactions, audit, runs, clock)

    def "a backup is written through the archive and recorded"() {
        when:
        StoredBackup made = service.create(ADMIN, '10.0.0.1')

        then:
        1 * archive.write(_, clock.instant(), pictures) >> CONTENTS
        made.id() ==~ /backup-\d{8}-\d{6}-\d{3}-\d+/
        service.list() == [made]
        audit.only().type() == AuditEventType.BACKUP_CREATED
        audit.only().actorId() == ADMIN
        audit.only().details().contains('5 rows')
    }

    def "a restore checks first, replaces the rows and signs everyone out in one unit of work, then the pictures, then signs the admin in and records it"() {
        given:
        kept['backup-1'] = new StoredBackup('backup-1', clock.instant(), 10)
        sessions.open(UserId.of(7), 'hash', null, null, clock.instant(), 3)
        SignedIn session = new SignedIn(ADMIN, Email.of('boss@example.com'), EnumSet.of(Role.ADMIN), 'sid', 'refresh')

        when:
        def outcome = service.restore('backup-1', new RestoreCommand(ADMIN, 'agent', '10.0.0.1'))

        then:
        1 * archive.check(Path.of('/backups/backup-1.zip')) >> { steps << 'check'; CONTENTS }
        1 * pictures.replaceAll() >> { steps << 'stage pictures'; replacement }
        1 * archive.readPictures(_, _) >> { steps << 'read pictures' }
        1 * archive.restoreRows(_) >> { assert transactions.open == 1; steps << 'rows'; CONTENTS }
        1 * replacement.commit() >> { steps << 'commit pictures' }
        1 * replacement.close()
        1 * signIn.startSession(ADMIN, 'agent', '10.0.0.1') >> { steps << 'sign in'; Optional.of(session) }
        steps == ['check', 'stage pictures', 'read pictures', 'rows', 'commit pictures', 'sign in']
        sessions.listActive(UserId.of(7)).isEmpty()
        outcome.restoredFrom() == 'backup-1'
        outcome.createdAt() == CONTENTS.createdAt()
        outcome.rows() == 5
        outcome.signIn() == Optional.of(session)
        audit.types() == [AuditEventType.BACKUP_RESTORED]
    }

    def "a file the archive refuses changes nothing: no rows, no pictures, no sign-out"() {
        given:
        sessions.open(UserId.of(7), 'hash', null, null, clock.instant(), 3)

        when:
        service.restoreUploaded(Path.of('/tmp/upload.zip'), new RestoreCommand(ADMIN, null, null))

        then:
        1 * archive.check(_) >> { throw BackupInvalidException.notABackup('random bytes') }
        0 * archive.restoreRows(_)
        0 * pictures.replaceAll()
        thrown(BackupInvalidException)
        sessions.listActive(UserId.of(7)).size() == 1
        audit.events.isEmpty()
    }

    def "a restore whose rows fail leaves the pictures as they were"() {
        when:
        service.restoreUploaded(Path.of('/tmp/upload.zip'), new RestoreCommand(ADMIN, null, null))

        then:
        1 * archive.check(_) >> CONTENTS
        1 * pictures.replaceAll() >> replacement
        1 * archive.restoreRows(_) >> { throw BackupInvalidException.damaged('tables/users.jsonl') }
        0 * replacement.commit()
        1 * replacement.close()
        thrown(BackupInvalidException)
    }

    def "the id #id is not found without touching the files"() {
        when:
        service.file(id)

        then:
        thrown(NotFoundException)

        when:
        service.delete(id, ADMIN, null)

        then:
        thrown(NotFoundException)

        where:
        id << ['../secret', '..', '', null, 'a/b', 'backup-missing', '-x']
    }

    def "the schedule keeps the newest #keep of its own backups and never an admin's"() {
        given:
        archive.write(*_) >> CONTENTS
        String manual = service.create(ADMIN, null).id()

        when:
        List<String> made = (1..4).collect {
            clock.advance(Duration.ofMinutes(1))
            service.makeScheduledBackup(keep, clock.instant()).get().id()
        }

        then:
        service.list()*.id().findAll { it.startsWith('scheduled-') } == made.reverse().take(keep)
        service.list()*.id().contains(manual)
        audit.types().count(AuditEventType.BACKUP_DELETED) == Math.max(0, 4 - keep)

        where:
        keep << [1, 2, 7]
    }

    def "the schedule keeps at least one"() {
        when:
        service.makeScheduledBackup(0, clock.instant())

        then:
        thrown(IllegalArgumentException)
    }

    def "a slot of the schedule makes one backup, however many instances are woken for it"() {
        given: 'the instances share the claims, as they share the database'
        archive.write(*_) >> CONTENTS
        Instant slot = Instant.parse('2026-12-04T03:30:00Z')
        List<BackupService> instances = (1..instanceCount).collect {
            new BackupService(archive, files, pictures, sessions, signIn, transactions, audit, runs, clock)
        }

        when:
        List<Optional<StoredBackup>> answers = instances.collect { it.makeScheduledBackup(7, slot) }
        clock.advance(Duration.ofDays(1))
        Optional<StoredBackup> next = instances.last().makeScheduledBackup(7, slot.plus(Duration.ofDays(1)))

        then:
        answers.count { it.present } == 1
        answers.first().present
        next.present
        kept.size() == 2
        audit.types().count(AuditEventType.BACKUP_CREATED) == 2

        where:
        instanceCount << [1, 2, 5]
    }
}
