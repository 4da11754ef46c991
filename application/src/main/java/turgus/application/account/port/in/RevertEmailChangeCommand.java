package turgus.application.account.port.in;

/** "Undo the change of my email": the token of the link mailed to the previous address. */
public record RevertEmailChangeCommand(String token, String ip) {
    public static final String TOKEN = "token";

    public RevertEmailChangeCommand {
        token = token == null ? "" : token.strip();
        ip = Texts.cut(ip, Texts.MAX_IP_LENGTH);
    }

    @Override
    public String toString() {
        return "RevertEmailChangeCommand[token=<hidden>]";
    }
}
