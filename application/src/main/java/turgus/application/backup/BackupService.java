package turgus.application.backup;

import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import turgus.application.account.port.in.SignedIn;
import turgus.application.account.port.in.StartSessionUseCase;
import turgus.application.account.port.out.SessionRepository;
import turgus.application.audit.port.out.AuditEvent;
import turgus.application.audit.port.out.AuditEventType;
import turgus.application.audit.port.out.AuditLog;
import turgus.application.backup.port.in.BackupIds;
import turgus.application.backup.port.in.ManageBackupsUseCase;
import turgus.application.backup.port.in.RestoreBackupUseCase;
import turgus.application.backup.port.in.RestoreCommand;
import turgus.application.backup.port.in.RestoreOutcome;
import turgus.application.backup.port.in.ScheduledBackupUseCase;
import turgus.application.backup.port.out.BackupArchive;
import turgus.application.backup.port.out.BackupContents;
import turgus.application.backup.port.out.BackupFiles;
import turgus.application.backup.port.out.PictureFiles;
import turgus.application.backup.port.out.ScheduledRuns;
import turgus.application.backup.port.out.StoredBackup;
import turgus.application.shared.NotFoundException;
import turgus.application.shared.Transactions;
import turgus.domain.account.UserId;

/**
 * Backups of all the shop's data, and restores. A backup is written by {@link BackupArchive} from one
 * consistent snapshot; a restore is checked completely before anything changes, then replaces every
 * table in one unit of work that also signs every session out (the sessions in the backup too), and
 * only then puts the backup's pictures in place. The restore's event is written after the restore, so
 * that the restored event log keeps it.
 */
@Singleton
public final class BackupService implements ManageBackupsUseCase, RestoreBackupUseCase, ScheduledBackupUseCase {
    static final String MANUAL_PREFIX = "backup-";
    static final String SCHEDULED_PREFIX = "scheduled-";
    static final String UPLOADED = "upload";
    /** The name under which scheduled backups claim their runs ({@link ScheduledRuns}). */
    static final String SCHEDULED_JOB = "scheduled-backup";

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final BackupArchive archive;
    private final BackupFiles files;
    private final PictureFiles pictures;
    private final SessionRepository sessions;
    private final StartSessionUseCase signIn;
    private final Transactions transactions;
    private final AuditLog audit;
    private final ScheduledRuns runs;
    private final Clock clock;
    private final AtomicInteger sequence = new AtomicInteger();

    public BackupService(
            BackupArchive archive,
            BackupFiles files,
            PictureFiles pictures,
            SessionRepository sessions,
            StartSessionUseCase signIn,
            Transactions transactions,
            AuditLog audit,
            ScheduledRuns runs,
            Clock clock) {
        this.archive = Objects.requireNonNull(archive, "archive");
        this.files = Objects.requireNonNull(files, "files");
        this.pictures = Objects.requireNonNull(pictures, "pictures");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.signIn = Objects.requireNonNull(signIn, "signIn");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.runs = Objects.requireNonNull(runs, "runs");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public StoredBackup create(UserId admin, String ip) {
        Objects.requireNonNull(admin, "admin");
        return make(MANUAL_PREFIX, admin, ip);
    }

    @Override
    public Optional<StoredBackup> makeScheduledBackup(int keep, Instant slot) {
        if (keep < 1) {
            throw new IllegalArgumentException("At least one scheduled backup is kept: " + keep);
        }
        Objects.requireNonNull(slot, "slot");
        if (!runs.claim(SCHEDULED_JOB, slot, clock.instant())) {
            return Optional.empty();
        }
        StoredBackup made = make(SCHEDULED_PREFIX, null, null);
        List<StoredBackup> scheduled = files.list().stream()
                .filter(backup -> backup.id().startsWith(SCHEDULED_PREFIX))
                .toList();
        for (StoredBackup old : scheduled.subList(Math.min(keep, scheduled.size()), scheduled.size())) {
            if (!old.id().equals(made.id()) && files.delete(old.id())) {
                audit.record(new AuditEvent(
                        clock.instant(),
                        AuditEventType.BACKUP_DELETED,
                        null,
                        null,
                        null,
                        "backup " + old.id() + ": more than " + keep + " scheduled backups"));
            }
        }
        return Optional.of(made);
    }

    private StoredBackup make(String prefix, UserId admin, String ip) {
        Instant now = clock.instant();
        String id = prefix + STAMP.format(now) + "-" + (sequence.incrementAndGet() % 1000);
        BackupContents[] written = new BackupContents[1];
        StoredBackup stored = files.write(id, now, out -> written[0] = archive.write(out, now, pictures));
        audit.record(new AuditEvent(
                clock.instant(),
                AuditEventType.BACKUP_CREATED,
                admin,
                null,
                ip,
                "backup " + id + ", schema " + written[0].schemaVersion() + ", "
                        + written[0].tables().size() + " tables, " + written[0].rows() + " rows, " + stored.sizeBytes()
                        + " bytes"));
        return stored;
    }

    @Override
    public List<StoredBackup> list() {
        return files.list();
    }

    @Override
    public Path file(String id) {
        return existing(id);
    }

    @Override
    public void delete(String id, UserId admin, String ip) {
        existing(id);
        if (!files.delete(id)) {
            throw NotFoundException.of(NotFoundException.Resource.BACKUP, id);
        }
        audit.record(new AuditEvent(clock.instant(), AuditEventType.BACKUP_DELETED, admin, null, ip, "backup " + id));
    }

    @Override
    public RestoreOutcome restore(String id, RestoreCommand command) {
        return restore(existing(id), id, command);
    }

    @Override
    public RestoreOutcome restoreUploaded(Path file, RestoreCommand command) {
        return restore(file, UPLOADED, command);
    }

    private RestoreOutcome restore(Path file, String source, RestoreCommand command) {
        Objects.requireNonNull(command, "command");
        BackupContents contents = archive.check(file);
        BackupContents restored;
        try (PictureFiles.Replacement replacement = pictures.replaceAll()) {
            archive.readPictures(file, replacement::add);
            restored = transactions.inTransaction(() -> {
                BackupContents rows = archive.restoreRows(file);
                sessions.revokeEveryone(clock.instant());
                return rows;
            });
            replacement.commit();
        }
        Optional<SignedIn> session = signIn.startSession(command.admin(), command.userAgent(), command.ip());
        audit.record(new AuditEvent(
                clock.instant(),
                AuditEventType.BACKUP_RESTORED,
                command.admin(),
                null,
                command.ip(),
                "backup " + source + " of " + contents.createdAt() + ", schema " + contents.schemaVersion() + ", "
                        + restored.tables().size() + " tables, " + restored.rows()
                        + " rows; every session signed out"));
        return new RestoreOutcome(source, contents.createdAt(), restored.tables(), session);
    }

    private Path existing(String id) {
        if (!BackupIds.isValid(id)) {
            throw NotFoundException.of(NotFoundException.Resource.BACKUP);
        }
        return files.find(id).orElseThrow(() -> NotFoundException.of(NotFoundException.Resource.BACKUP, id));
    }
}
