package turgus.application.account.port.in;

/**
 * A login attempt: the name typed (email or phone, in any letter case or formatting), the password,
 * and where it came from for the session list and the event log.
 */
public record LogInCommand(String username, String password, String userAgent, String ip) {
    public LogInCommand {
        username = username == null ? "" : username.strip();
        password = password == null ? "" : password;
        userAgent = userAgent == null ? "" : truncate(userAgent, 500);
        ip = ip == null ? "" : truncate(ip, 100);
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    @Override
    public String toString() {
        return "LogInCommand[username=" + username + ", password=<hidden>]";
    }
}
