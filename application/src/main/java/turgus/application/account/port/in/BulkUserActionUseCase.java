package turgus.application.account.port.in;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import turgus.domain.account.BlockCategory;
import turgus.domain.account.admin.AccountAction;
import turgus.domain.shared.FieldError;
import turgus.domain.shared.FieldRule;
import turgus.domain.shared.InvalidValueException;
import turgus.domain.shared.Refusal;

/**
 * One action on many accounts. Each account succeeds or fails on its own, in its own unit of work
 * with its own event; the answer lists both.
 */
public interface BulkUserActionUseCase {
    BulkOutcome apply(AdminActor actor, BulkCommand command);

    /**
     * @param action one of {@code block, unblock, activate, deactivate, delete, send-test-email}
     * @param ids 1 to {@value #MAX_IDS} distinct account ids
     * @param reason required for {@code block}
     */
    record BulkCommand(AccountAction action, List<Long> ids, Instant until, String reason, BlockCategory category) {
        public static final int MAX_IDS = 500;

        public BulkCommand {
            Objects.requireNonNull(action, "action");
            ids = List.copyOf(ids);
        }

        /** Reads the request's fields; each bad one is named. */
        public static BulkCommand of(
                String action, List<Long> ids, Instant until, String reason, BlockCategory category) {
            List<FieldError> errors = new java.util.ArrayList<>();
            AccountAction parsed = parseAction(action);
            if (parsed == null) {
                errors.add(FieldError.of(
                        "action",
                        FieldRule.NOT_ONE_OF,
                        "allowed",
                        "block, unblock, activate, deactivate, delete, send-test-email"));
            }
            if (ids == null || ids.isEmpty()) {
                errors.add(FieldError.of("ids", FieldRule.EMPTY));
            } else if (ids.size() > MAX_IDS) {
                errors.add(FieldError.of("ids", FieldRule.TOO_MANY, "max", MAX_IDS));
            } else if (ids.stream().anyMatch(Objects::isNull)) {
                errors.add(FieldError.of("ids", FieldRule.REQUIRED));
            } else if (new HashSet<>(ids).size() != ids.size()) {
                errors.add(FieldError.of("ids", FieldRule.REPEATED));
            }
            if (parsed == AccountAction.BLOCK && (reason == null || reason.isBlank())) {
                errors.add(FieldError.of("reason", FieldRule.REQUIRED));
            }
            if (!errors.isEmpty()) {
                throw new InvalidValueException(errors);
            }
            return new BulkCommand(parsed, ids, until, reason, category);
        }

        private static AccountAction parseAction(String action) {
            if (action == null) {
                return null;
            }
            return switch (action.strip().toLowerCase(Locale.ROOT)) {
                case "block" -> AccountAction.BLOCK;
                case "unblock" -> AccountAction.UNBLOCK;
                case "activate" -> AccountAction.ACTIVATE;
                case "deactivate" -> AccountAction.DEACTIVATE;
                case "delete" -> AccountAction.DELETE;
                case "send-test-email" -> AccountAction.SEND_TEST_EMAIL;
                default -> null;
            };
        }

        /** The distinct ids, in the order given. */
        public Set<Long> distinctIds() {
            return new java.util.LinkedHashSet<>(ids);
        }
    }

    /** Which ids succeeded, and which failed with what refusal. */
    record BulkOutcome(List<Long> succeeded, List<Failure> failed) {
        public BulkOutcome {
            succeeded = List.copyOf(succeeded);
            failed = List.copyOf(failed);
        }

        public record Failure(long id, Refusal refusal) {
            public Failure {
                Objects.requireNonNull(refusal, "refusal");
            }
        }
    }
}
