package turgus.application.account.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import turgus.domain.account.Block;
import turgus.domain.account.UserId;

/** The blocks admins put on accounts, as sign-in and the job that lifts ended blocks need them. */
public interface AccountBlocks {
    /** The block of a blocked account; empty for an account that is not blocked or does not exist. */
    Optional<Block> find(UserId id);

    /**
     * Lifts the block of the account, only if it is still blocked and the block's end is at or before
     * {@code now}: one conditional statement, so that of racing callers exactly one lifts it.
     *
     * @return whether this call lifted it
     */
    boolean liftEnded(UserId id, Instant now);

    /** Accounts whose block ended at or before {@code now}, at most {@code limit}, in id order. */
    List<UserId> findEnded(Instant now, int limit);
}
