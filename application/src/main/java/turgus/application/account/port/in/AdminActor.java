package turgus.application.account.port.in;

import java.util.Objects;
import turgus.domain.account.UserId;

/** The admin who acts, and where the request came from (for the event log). */
public record AdminActor(UserId id, String ip) {
    public AdminActor {
        Objects.requireNonNull(id, "id");
        ip = Texts.cut(ip, Texts.MAX_IP_LENGTH);
    }
}
