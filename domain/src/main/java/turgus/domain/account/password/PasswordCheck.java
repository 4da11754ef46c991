package turgus.domain.account.password;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import turgus.domain.shared.FieldError;
import turgus.domain.shared.FieldValidation;
import turgus.domain.shared.InvalidValueException;

/**
 * What {@link PasswordPolicy} found: every rule a password broke, in the policy's order, each on the
 * field it concerns. An acceptable password broke none.
 */
public final class PasswordCheck {
    private static final PasswordCheck ACCEPTABLE = new PasswordCheck(List.of());

    private final List<Violation> violations;

    private PasswordCheck(List<Violation> violations) {
        this.violations = List.copyOf(violations);
    }

    static PasswordCheck acceptable() {
        return ACCEPTABLE;
    }

    static PasswordCheck of(String field, List<PasswordRule> broken) {
        Objects.requireNonNull(field, "field");
        List<Violation> found = new ArrayList<>();
        for (PasswordRule rule : broken) {
            found.add(new Violation(rule.id(), rule.brokenOn(field)));
        }
        return new PasswordCheck(found);
    }

    static PasswordCheck broken(String ruleId, FieldError error) {
        return new PasswordCheck(List.of(new Violation(ruleId, error)));
    }

    public boolean isAcceptable() {
        return violations.isEmpty();
    }

    /** Every broken rule as a field error, in the order the rules were checked. */
    public List<FieldError> violations() {
        return violations.stream().map(Violation::error).toList();
    }

    /** The ids of the broken rules, in the same order as {@link #violations()}. */
    public List<String> brokenRuleIds() {
        return violations.stream().map(Violation::ruleId).toList();
    }

    /** This check followed by {@code other}, as one answer for a whole form. */
    public PasswordCheck and(PasswordCheck other) {
        if (other.isAcceptable()) {
            return this;
        }
        List<Violation> both = new ArrayList<>(violations);
        both.addAll(other.violations);
        return new PasswordCheck(both);
    }

    /** Adds every broken rule to a form's validation, so the form reports them with its other errors. */
    public void reportTo(FieldValidation validation) {
        violations.forEach(v -> validation.reject(v.error()));
    }

    /** For a caller with nothing else to report: refuses an unacceptable password. */
    public void throwIfUnacceptable() {
        if (!isAcceptable()) {
            throw new InvalidValueException(violations());
        }
    }

    @Override
    public String toString() {
        return isAcceptable() ? "acceptable" : "broken " + brokenRuleIds();
    }

    private record Violation(String ruleId, FieldError error) {}
}
