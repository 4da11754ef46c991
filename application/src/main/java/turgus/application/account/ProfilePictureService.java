package turgus.application.account;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import turgus.application.account.port.in.ChangeProfilePictureUseCase;
import turgus.application.account.port.out.AccountPictures;
import turgus.application.account.port.out.ProfilePictureStore;
import turgus.application.audit.port.out.AuditEvent;
import turgus.application.audit.port.out.AuditEventType;
import turgus.application.audit.port.out.AuditLog;
import turgus.application.shared.NotFoundException;
import turgus.domain.account.UserId;

/**
 * Replaces a profile picture: the store checks and rewrites the upload, the account then points at
 * the new file, and the old file goes. A refused upload changes nothing.
 */
@Singleton
public final class ProfilePictureService implements ChangeProfilePictureUseCase {
    private final AccountPictures accounts;
    private final ProfilePictureStore store;
    private final AuditLog audit;
    private final Clock clock;

    public ProfilePictureService(AccountPictures accounts, ProfilePictureStore store, AuditLog audit, Clock clock) {
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.store = Objects.requireNonNull(store, "store");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public String changePicture(UserId userId, byte[] content, String ip) {
        Objects.requireNonNull(userId, "userId");
        Optional<String> old = accounts.picture(userId);
        String name = store.store(content);
        if (!accounts.setPicture(userId, name)) {
            store.delete(name);
            throw NotFoundException.of(NotFoundException.Resource.ACCOUNT);
        }
        old.ifPresent(store::delete);
        audit.record(AuditEvent.bySelf(clock.instant(), AuditEventType.PROFILE_UPDATED, userId, ip, "changed picture"));
        return name;
    }
}
