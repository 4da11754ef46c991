package turgus.application.account.port.in;

/**
 * Asked on every authenticated request: may the token's session go on? A session that may is
 * noted as used now, so that the person's list of sessions shows when each device was last active.
 */
public interface UseSessionUseCase {
    /** Whether the session is still signed in; if it is, its last use moves to now (coarsely). */
    boolean useSession(String sessionId);
}
