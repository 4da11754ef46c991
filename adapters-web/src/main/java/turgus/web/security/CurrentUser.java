package turgus.web.security;

import io.micronaut.security.authentication.Authentication;
import turgus.domain.account.UserId;

/** Reads who is calling from the verified access token. */
public final class CurrentUser {
    public static final String SESSION_CLAIM = "sid";
    public static final String EMAIL_CLAIM = "email";

    private CurrentUser() {}

    /** The token's subject is the user id; a token is only accepted with a valid signature. */
    public static UserId id(Authentication authentication) {
        return UserId.of(Long.parseLong(authentication.getName()));
    }

    public static String sessionId(Authentication authentication) {
        return String.valueOf(authentication.getAttributes().get(SESSION_CLAIM));
    }
}
