package turgus.application.security.port.out;

/** Unpredictable values from a cryptographically secure source. */
public interface RandomSecrets {
    /** A URL-safe token carrying at least {@code bytes} random bytes. */
    String token(int bytes);

    /** A password that passes the shop's password policy, for generated accounts. */
    String password();
}
