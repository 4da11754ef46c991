package turgus.application.availability;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import turgus.application.availability.port.in.ExplainFailureQuery;
import turgus.application.availability.port.out.FailureDiagnosis;
import turgus.domain.shared.Refusal;

/**
 * Asks each adapter's {@link FailureDiagnosis} about a failure, and recognises a full disk itself: an
 * {@link IOException} anywhere in the chain of causes that says "No space left on device" (the
 * operating system's words for ENOSPC; Java passes them on unchanged), or the same words in any
 * message, since some drivers wrap the file error in their own exception and keep only its text.
 */
@Singleton
public final class FailureExplanationService implements ExplainFailureQuery {
    private static final String NO_SPACE = "no space left on device";

    private final List<FailureDiagnosis> diagnoses;

    public FailureExplanationService(List<FailureDiagnosis> diagnoses) {
        this.diagnoses = List.copyOf(diagnoses);
    }

    @Override
    public Optional<Refusal> explain(Throwable failure) {
        if (failure == null) {
            return Optional.empty();
        }
        if (isDiskFull(failure)) {
            return Optional.of(new StorageFull(failure));
        }
        for (FailureDiagnosis diagnosis : diagnoses) {
            Optional<Refusal> found = diagnosis.diagnose(failure);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    static boolean isDiskFull(Throwable failure) {
        Set<Throwable> seen = new HashSet<>();
        for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
            String message = cause.getMessage();
            if (message != null && message.toLowerCase(Locale.ROOT).contains(NO_SPACE)) {
                return true;
            }
            for (Throwable suppressed : cause.getSuppressed()) {
                if (seen.add(suppressed) && isDiskFull(suppressed)) {
                    return true;
                }
            }
        }
        return false;
    }
}
