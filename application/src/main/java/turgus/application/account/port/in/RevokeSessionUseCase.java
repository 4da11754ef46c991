package turgus.application.account.port.in;

import java.util.Objects;
import turgus.domain.account.UserId;

/** Signs out one of a person's own sessions (any device, the current one included). */
public interface RevokeSessionUseCase {
    /**
     * @throws turgus.application.shared.NotFoundException when the user has no such active session,
     *     which is also the answer for another user's session
     */
    void revoke(Command command);

    record Command(UserId userId, String sessionId, String ip) {
        public Command {
            Objects.requireNonNull(userId, "userId");
            sessionId = sessionId == null ? "" : sessionId;
            ip = Texts.cut(ip, Texts.MAX_IP_LENGTH);
        }
    }
}
