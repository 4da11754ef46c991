package turgus.application.account;

import java.util.Objects;
import turgus.application.shared.ShopAddress;

/**
 * Links in mails to the shop's single-page app. Every one starts with the shop's public base URL
 * ({@code SHOP_PUBLIC_URL}), never with a request's {@code Host} header, which whoever sends the
 * request writes. A shop without a usable address cannot mail a link: building one fails.
 */
final class PublicLinks {
    static final String RESET_PASSWORD_PATH = "/password/reset?token=";
    static final String FORGOT_PASSWORD_PATH = "/password/forgot";
    static final String SIGN_IN_PATH = "/login";
    static final String REVERT_EMAIL_PATH = "/account/email/revert?token=";

    private final ShopAddress address;

    PublicLinks(ShopAddress address) {
        this.address = Objects.requireNonNull(address, "address");
    }

    /** Where a reset link leads: the page that takes the token and a new password. */
    String resetPassword(String token) {
        return base() + RESET_PASSWORD_PATH + token;
    }

    /** The page that mails a reset link. */
    String forgotPassword() {
        return base() + FORGOT_PASSWORD_PATH;
    }

    /** The sign-in page. */
    String signIn() {
        return base() + SIGN_IN_PATH;
    }

    /** Where an undo link leads: the page that asks to confirm restoring the previous email. */
    String revertEmail(String token) {
        return base() + REVERT_EMAIL_PATH + token;
    }

    private String base() {
        String trimmed = Objects.requireNonNull(address.baseUrl(), "baseUrl").strip();
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("The shop's public URL is needed for links in mails");
        }
        return trimmed;
    }
}
