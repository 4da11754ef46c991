package turgus.web.account;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import turgus.application.account.port.in.ForgetStaleLoginAttemptsUseCase;
import turgus.application.account.port.in.LiftEndedBlocksUseCase;
import turgus.application.account.port.in.PurgeExpiredEmailRevertsUseCase;
import turgus.application.account.port.in.PurgeExpiredPasswordResetsUseCase;
import turgus.application.account.port.in.PurgeExpiredRegistrationsUseCase;

/**
 * Clears what can no longer be used: pending registrations past their time (every {@code
 * shop.registration.purge-interval}, a minute by default), reset links and email-undo links past
 * theirs, failed logins at made-up names that are old and lock nothing, and blocks whose end has come. Each is one conditional {@code DELETE},
 * so several instances running them at once do no harm: whoever comes second finds nothing left.
 */
@Singleton
public class AccountHousekeeping {
    private static final Logger LOG = LoggerFactory.getLogger(AccountHousekeeping.class);

    private final PurgeExpiredRegistrationsUseCase registrations;
    private final PurgeExpiredPasswordResetsUseCase resets;
    private final PurgeExpiredEmailRevertsUseCase emailReverts;
    private final ForgetStaleLoginAttemptsUseCase loginAttempts;
    private final LiftEndedBlocksUseCase blocks;
    private final Duration forgetUnknownNamesAfter;

    public AccountHousekeeping(
            PurgeExpiredRegistrationsUseCase registrations,
            PurgeExpiredPasswordResetsUseCase resets,
            PurgeExpiredEmailRevertsUseCase emailReverts,
            ForgetStaleLoginAttemptsUseCase loginAttempts,
            LiftEndedBlocksUseCase blocks,
            @Value("${shop.lockout.forget-unknown-names-after:7d}") Duration forgetUnknownNamesAfter) {
        this.registrations = registrations;
        this.resets = resets;
        this.emailReverts = emailReverts;
        this.loginAttempts = loginAttempts;
        this.blocks = blocks;
        this.forgetUnknownNamesAfter = forgetUnknownNamesAfter;
    }

    @Scheduled(
            fixedDelay = "${shop.registration.purge-interval:1m}",
            initialDelay = "${shop.registration.purge-interval:1m}")
    public void purgeExpiredRegistrations() {
        run("expired pending registrations", registrations::purgeExpired);
    }

    @Scheduled(fixedDelay = "10m", initialDelay = "2m")
    public void purgeExpiredResets() {
        run("expired reset links", resets::purgeExpiredResets);
    }

    /** Undo links live 7 days: an hourly purge keeps the table small enough. */
    @Scheduled(fixedDelay = "1h", initialDelay = "3m")
    public void purgeExpiredEmailReverts() {
        run("expired email-undo links", emailReverts::purgeExpiredEmailReverts);
    }

    @Scheduled(fixedDelay = "1h", initialDelay = "5m")
    public void forgetStaleLoginAttempts() {
        run("failed logins at unknown names", () -> loginAttempts.forgetStaleLoginAttempts(forgetUnknownNamesAfter));
    }

    /**
     * Blocks whose end has come lift at sign-in anyway; this keeps the table (and the admins' list)
     * right, with a {@code BLOCK_EXPIRED} event for each.
     */
    @Scheduled(fixedDelay = "${shop.blocks.lift-interval:1m}", initialDelay = "${shop.blocks.lift-interval:1m}")
    public void liftEndedBlocks() {
        try {
            int lifted = blocks.liftEndedBlocks();
            if (lifted > 0) {
                LOG.info("Lifted {} ended blocks", lifted);
            }
        } catch (RuntimeException failed) {
            LOG.warn("Could not lift ended blocks", failed);
        }
    }

    private static void run(String what, java.util.function.IntSupplier job) {
        try {
            int deleted = job.getAsInt();
            if (deleted > 0) {
                LOG.info("Deleted {} {}", deleted, what);
            }
        } catch (RuntimeException failed) {
            // The next run tries again: a database away for a moment must not stop the job.
            LOG.warn("Could not delete {}", what, failed);
        }
    }
}
