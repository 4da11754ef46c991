package turgus.application.account;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import turgus.application.mail.port.out.MailMessage;
import turgus.application.mail.port.out.Mailer;
import turgus.application.shared.ShopAddress;
import turgus.domain.account.Account;
import turgus.domain.account.Email;

/**
 * Plain-text mails that tell a person that the security of their account changed — its email, its
 * password — so that a change they did not make does not go unnoticed. Each says what changed and
 * when, and where to reset the password.
 *
 * <p>A notice follows a change that has already happened: a mail that cannot be handed over must not
 * turn that change into an error the person would take for a failure. So sending never throws; it
 * answers a note on how it went (mailed, or why not), for the change's entry in the event log, where
 * an admin sees a notice that did not go out.
 */
@Singleton
public final class AccountNotices {
    static final String EMAIL_CHANGED_SUBJECT = "The email of your Turgus account was changed";
    static final String PASSWORD_CHANGED_SUBJECT = "Your Turgus password was changed";
    static final String REGISTRATION_ATTEMPTED_SUBJECT = "Someone tried to register with your email";

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern(
                    "yyyy-MM-dd 'at' HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final Mailer mailer;
    private final PublicLinks links;

    /** @param address where the shop is reached from outside; links in mails start with it */
    public AccountNotices(Mailer mailer, ShopAddress address) {
        this.mailer = Objects.requireNonNull(mailer, "mailer");
        this.links = new PublicLinks(address);
    }

    /**
     * Tells the account's previous address that its email is now {@code newEmail}: the previous one is
     * where the owner reads mail if someone else made the change. Reset links go to the new address,
     * which an intruder may hold, so the notice carries a link that undoes the change.
     *
     * @param before the account as it was, with its previous email
     * @param revertToken the token of the link that undoes this change
     * @return how it went, for the event log
     */
    public String emailChanged(Account before, Email newEmail, String revertToken, Instant at) {
        String body = greeting(before)
                + "The email of your Turgus account was changed from "
                + before.email().value() + " to "
                + newEmail.value() + ". If this wasn't you, reset your password at " + links.forgotPassword()
                + " and contact us.\n\n"
                + "To undo this change and sign every device out, open: " + links.revertEmail(revertToken) + "\n"
                + "The link works once, for " + EmailRevertTokens.VALIDITY.toDays() + " days.\n\n"
                + "When: " + WHEN.format(at) + ".\n";
        return send(new MailMessage(before.email().value(), EMAIL_CHANGED_SUBJECT, body));
    }

    /**
     * Tells the account's address that its password was changed by someone signed in to it.
     *
     * @return how it went, for the event log
     */
    public String passwordChanged(Account account, Instant at) {
        String body = greeting(account)
                + "Your password was changed on " + WHEN.format(at) + ", and every other device signed in to"
                + " your account was signed out.\n\n"
                + ifNotYou();
        return send(new MailMessage(account.email().value(), PASSWORD_CHANGED_SUBJECT, body));
    }

    /**
     * Tells the account's address that its password was changed with a reset link.
     *
     * @return how it went, for the event log
     */
    public String passwordReset(Account account, Instant at) {
        String body = greeting(account)
                + "Your password was changed on " + WHEN.format(at) + " with a reset link mailed to this"
                + " address, and every device signed in to your account was signed out.\n\n"
                + ifNotYou();
        return send(new MailMessage(account.email().value(), PASSWORD_CHANGED_SUBJECT, body));
    }

    /**
     * Tells the owner of an address that someone tried to open a new account with it. The person who
     * registered learns nothing (the shop answers as for a new address); the owner, who may simply
     * have forgotten the account, learns where to sign in or reset the password.
     *
     * @return how it went, for the event log
     */
    public String registrationAttempted(Account owner, Instant at) {
        String body = greeting(owner)
                + "someone tried to register a new Turgus account with this email address on " + WHEN.format(at)
                + ". You already have an account, so no new one was opened.\n\n"
                + "If it was you, sign in at " + links.signIn() + " with this address or your phone number;"
                + " if you forgot your password, reset it at " + links.forgotPassword() + ".\n\n"
                + "If it wasn't you, you can ignore this mail: nothing was changed.\n";
        return send(new MailMessage(owner.email().value(), REGISTRATION_ATTEMPTED_SUBJECT, body));
    }

    private String ifNotYou() {
        return "If this wasn't you, reset your password at " + links.forgotPassword() + " and contact us.\n";
    }

    private static String greeting(Account account) {
        return "Hello " + account.fullName().value() + ",\n\n";
    }

    private String send(MailMessage message) {
        try {
            mailer.send(message);
            return "notice mailed to " + message.to();
        } catch (RuntimeException notHandedOver) {
            return "the notice to " + message.to() + " could not be mailed: " + notHandedOver.getMessage();
        }
    }
}
