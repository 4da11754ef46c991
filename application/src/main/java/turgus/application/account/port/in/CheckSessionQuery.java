package turgus.application.account.port.in;

/** Asked on every authenticated request: is the token's session still signed in? */
public interface CheckSessionQuery {
    boolean isActive(String sessionId);
}
