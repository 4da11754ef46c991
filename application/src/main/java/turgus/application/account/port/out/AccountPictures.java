package turgus.application.account.port.out;

import java.util.Optional;
import turgus.domain.account.UserId;

/** Which stored picture an account shows. */
public interface AccountPictures {
    /**
     * Makes {@code pictureName} the account's picture.
     *
     * @return false when there is no such account
     */
    boolean setPicture(UserId userId, String pictureName);

    /** The account's picture, if it has one. */
    Optional<String> picture(UserId userId);
}
