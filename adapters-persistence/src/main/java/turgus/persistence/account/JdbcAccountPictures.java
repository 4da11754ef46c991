package turgus.persistence.account;

import jakarta.inject.Singleton;
import java.util.Objects;
import java.util.Optional;
import turgus.application.account.port.out.AccountPictures;
import turgus.domain.account.UserId;

/** {@link AccountPictures} on the {@code users.picture_name} column. */
@Singleton
public final class JdbcAccountPictures implements AccountPictures {
    private final UserPictureRowRepository users;

    JdbcAccountPictures(UserPictureRowRepository users) {
        this.users = users;
    }

    @Override
    public boolean setPicture(UserId userId, String pictureName) {
        Objects.requireNonNull(pictureName, "pictureName");
        return users.updatePicture(userId.value(), pictureName) == 1;
    }

    @Override
    public Optional<String> picture(UserId userId) {
        return users.findById(userId.value()).map(UserRow::pictureName);
    }
}
