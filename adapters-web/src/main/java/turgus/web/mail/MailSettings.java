package turgus.web.mail;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

/**
 * The mail settings, {@code shop.mail.*} ({@code SHOP_MAIL_HOST}, {@code …_PORT}, {@code
 * …_USERNAME}, {@code …_PASSWORD}, {@code …_FROM}, {@code …_STARTTLS}). Without a host every mail is
 * written to the outbox folder instead of being sent.
 */
@Singleton
public class MailSettings {
    public static final String DEFAULT_FROM = "Turgus <no-reply@turgus.local>";

    private final String host;
    private final int port;
    private final String username;
    private final String password;
    private final String from;
    private final boolean startTls;

    public MailSettings(
            @Nullable @Value("${shop.mail.host:}") String host,
            @Value("${shop.mail.port:587}") int port,
            @Nullable @Value("${shop.mail.username:}") String username,
            @Nullable @Value("${shop.mail.password:}") String password,
            @Nullable @Value("${shop.mail.from:}") String from,
            @Value("${shop.mail.starttls:true}") boolean startTls) {
        this.host = host == null ? "" : host.strip();
        this.port = port;
        this.username = username == null ? "" : username.strip();
        this.password = password == null ? "" : password;
        this.from = from == null || from.isBlank() ? DEFAULT_FROM : from.strip();
        this.startTls = startTls;
    }

    public boolean smtpConfigured() {
        return !host.isEmpty();
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    public String from() {
        return from;
    }

    public boolean startTls() {
        return startTls;
    }

    @Override
    public String toString() {
        return "MailSettings[host=" + host + ", port=" + port + ", username=" + username + ", from=" + from
                + ", starttls=" + startTls + "]";
    }
}
