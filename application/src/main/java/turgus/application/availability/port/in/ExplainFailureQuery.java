package turgus.application.availability.port.in;

import java.util.Optional;
import turgus.domain.shared.Refusal;

/**
 * Whether an unforeseen failure is an outage the client should hear about as such (the database is
 * unavailable, the disk is full) rather than as an internal error.
 */
public interface ExplainFailureQuery {
    Optional<Refusal> explain(Throwable failure);
}
