package turgus.application.ledger.port.in;

import java.math.BigDecimal;
import java.util.Objects;
import turgus.domain.account.UserId;
import turgus.domain.ledger.Balance;
import turgus.domain.shared.FieldRule;
import turgus.domain.shared.FieldValidation;
import turgus.domain.shared.InvalidValueException;
import turgus.domain.shared.Money;

/** An admin ({@code admin}, for the event log) credits (positive) or debits (negative) a customer, with a reason. */
public record AdjustBalanceCommand(UserId customer, Money amount, String reason, UserId admin) {
    public AdjustBalanceCommand {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(admin, "admin");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(reason, "reason");
    }

    public static AdjustBalanceCommand of(UserId customer, BigDecimal amount, String reason, UserId admin) {
        FieldValidation validation = new FieldValidation();
        Money checked = validation.check(() -> {
            Money money = Money.parse("amount", amount);
            if (money.amount().signum() == 0) {
                throw new InvalidValueException("amount", FieldRule.ZERO);
            }
            return money;
        });
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            validation.reject("reason", FieldRule.REQUIRED);
        } else if (why.length() > Balance.MAX_REASON_LENGTH) {
            validation.reject("reason", FieldRule.TOO_LONG, "max", Balance.MAX_REASON_LENGTH);
        }
        validation.throwIfInvalid();
        return new AdjustBalanceCommand(customer, checked, why, admin);
    }
}
