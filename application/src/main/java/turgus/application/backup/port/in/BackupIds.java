package turgus.application.backup.port.in;

import java.util.regex.Pattern;

/** What a backup id may be: a file name's stem of letters, digits and {@code -}, never a path. */
public final class BackupIds {
    private static final Pattern ID = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9-]{0,99}$");

    private BackupIds() {}

    public static boolean isValid(String id) {
        return id != null && ID.matcher(id).matches();
    }
}
