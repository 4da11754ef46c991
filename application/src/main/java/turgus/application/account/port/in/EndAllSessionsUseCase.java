package turgus.application.account.port.in;

import java.util.Objects;
import turgus.domain.account.UserId;

/** Signs an account out everywhere, for an admin who blocks, deactivates or deletes it. */
public interface EndAllSessionsUseCase {
    /** @return how many sessions were signed out */
    int endAllSessions(Command command);

    /**
     * @param subject whose sessions end
     * @param actor who ends them (an admin), or null for the shop itself
     * @param reason a few words for the event log
     */
    record Command(UserId subject, UserId actor, String ip, String reason) {
        public Command {
            Objects.requireNonNull(subject, "subject");
            ip = Texts.cut(ip, Texts.MAX_IP_LENGTH);
            reason = reason == null ? "" : reason;
        }
    }
}
