package turgus.application.account.port.in;

import java.util.Objects;
import turgus.domain.account.UserId;

/** Signs the current session out: its tokens are refused from the next request on. */
public interface LogOutUseCase {
    void logOut(Command command);

    record Command(UserId userId, String sessionId, String ip) {
        public Command {
            Objects.requireNonNull(userId, "userId");
            Objects.requireNonNull(sessionId, "sessionId");
            ip = Texts.cut(ip, Texts.MAX_IP_LENGTH);
        }
    }
}
