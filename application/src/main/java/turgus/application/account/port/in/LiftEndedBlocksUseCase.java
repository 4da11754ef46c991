package turgus.application.account.port.in;

/** Lifts the blocks whose end has come, each with a {@code BLOCK_EXPIRED} event (a scheduled job). */
public interface LiftEndedBlocksUseCase {
    /** @return how many blocks were lifted */
    int liftEndedBlocks();
}
