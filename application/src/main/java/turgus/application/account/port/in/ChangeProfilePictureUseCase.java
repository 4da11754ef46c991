package turgus.application.account.port.in;

import turgus.domain.account.UserId;

/** A person replaces the picture their profile shows. */
public interface ChangeProfilePictureUseCase {
    /**
     * @return the new picture's name
     * @throws turgus.application.shared.UnsupportedImageException when the upload is not a picture
     *     the shop accepts (checked by content, not by name)
     * @throws turgus.application.shared.NotFoundException when the account no longer exists
     */
    String changePicture(UserId userId, byte[] content, String ip);
}
