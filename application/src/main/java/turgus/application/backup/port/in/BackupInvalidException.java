package turgus.application.backup.port.in;

import java.util.Map;
import turgus.domain.shared.Refusal;
import turgus.domain.shared.RefusalReason;

/**
 * A file that cannot be restored ({@code BACKUP_INVALID}); nothing was changed. Its details say why
 * ({@code problem}) and, where it helps, which table, column or line.
 */
public class BackupInvalidException extends Refusal {
    /** Why a file cannot be restored. */
    public enum Problem {
        /** Not a ZIP file, or a ZIP without a Turgus manifest. */
        NOT_A_BACKUP,
        /** A backup in a format version this shop does not read. */
        UNSUPPORTED_FORMAT,
        /** A file that ends early, or whose parts cannot be read. */
        DAMAGED,
        /** A table the database does not have. */
        UNKNOWN_TABLE,
        /** A column the database's table does not have. */
        UNKNOWN_COLUMN
    }

    private final Problem problem;

    private BackupInvalidException(Problem problem, Map<String, Object> details, String message) {
        super(RefusalReason.BACKUP_INVALID, details, message);
        this.problem = problem;
    }

    public static BackupInvalidException notABackup(String why) {
        return new BackupInvalidException(
                Problem.NOT_A_BACKUP, details("problem", Problem.NOT_A_BACKUP.name()), "Not a backup: " + why);
    }

    public static BackupInvalidException unsupportedFormat(long formatVersion) {
        return new BackupInvalidException(
                Problem.UNSUPPORTED_FORMAT,
                details("problem", Problem.UNSUPPORTED_FORMAT.name(), "formatVersion", formatVersion),
                "Unsupported backup format version " + formatVersion);
    }

    public static BackupInvalidException damaged(String where) {
        return new BackupInvalidException(
                Problem.DAMAGED, details("problem", Problem.DAMAGED.name(), "part", where), "Damaged backup: " + where);
    }

    public static BackupInvalidException unknownTable(String table) {
        return new BackupInvalidException(
                Problem.UNKNOWN_TABLE,
                details("problem", Problem.UNKNOWN_TABLE.name(), "table", table),
                "The backup has a table the database does not have: " + table);
    }

    public static BackupInvalidException unknownColumn(String table, String column) {
        return new BackupInvalidException(
                Problem.UNKNOWN_COLUMN,
                details("problem", Problem.UNKNOWN_COLUMN.name(), "table", table, "column", column),
                "The backup has a column the database does not have: " + table + "." + column);
    }

    public Problem problem() {
        return problem;
    }
}
