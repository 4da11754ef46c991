package turgus.application.availability.port.out;

import java.util.Optional;
import turgus.domain.shared.Refusal;

/**
 * Recognises, in a failure that no rule of the shop foresaw, a fault of the infrastructure an adapter
 * knows (a database out of reach, a full disk) and names it as the refusal it amounts to. Answers
 * empty for anything else.
 */
public interface FailureDiagnosis {
    Optional<Refusal> diagnose(Throwable failure);
}
