package turgus.web.shopping;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.exceptions.SerdeException;
import io.swagger.v3.oas.annotations.media.Schema;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import turgus.domain.loyalty.LoyaltyTier;
import turgus.domain.shared.FieldError;
import turgus.domain.shared.FieldRule;
import turgus.domain.shared.FieldValidation;
import turgus.domain.shared.InvalidValueException;
import turgus.domain.shared.Money;
import turgus.web.platform.WrongInput;

/**
 * Reads the loyalty tiers an admin sends as a list. Each problem is named after its place in the
 * list ({@code tiers[1].percent}), so that the form can show it beside the right row; the rules
 * between tiers (each asks and gives more than the one below) stay the domain's, under {@code tiers}.
 */
final class TierRequests {
    private TierRequests() {}

    @Serdeable
    @Schema(name = "LoyaltyTierRequest", description = "A level above loyal; the list goes lowest first")
    record TierRequest(
            @Nullable @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Gold")
            String name,

            @Nullable @Schema(type = "integer", requiredMode = Schema.RequiredMode.REQUIRED)
            Integer minCompletedOrders,

            @Nullable @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            BigDecimal minTotalSpent,

            @Nullable @Schema(type = "integer", requiredMode = Schema.RequiredMode.REQUIRED)
            Integer percent) {}

    /**
     * The tiers in {@code body}, which must be a JSON array of tier objects. The array is walked by
     * hand because a decoder would quietly drop a {@code null} element, and a list that shrinks
     * silently could remove a tier nobody meant to remove.
     */
    static List<LoyaltyTier> read(@Nullable JsonNode body, JsonMapper json) throws IOException {
        if (body == null || !body.isArray()) {
            throw new InvalidValueException("tiers", FieldRule.NOT_A_LIST);
        }
        FieldValidation validation = new FieldValidation();
        List<LoyaltyTier> tiers = new ArrayList<>();
        for (int index = 0; index < body.size(); index++) {
            JsonNode element = body.get(index);
            if (!element.isObject()) {
                validation.reject(
                        "tiers[" + index + "]",
                        FieldRule.NOT_AN_OBJECT,
                        "shape",
                        "a tier {name, minCompletedOrders, minTotalSpent, percent}");
                continue;
            }
            TierRequest request;
            try {
                request = json.readValueFromTree(element, TierRequest.class);
            } catch (SerdeException wrongType) {
                String prefix = "tiers[" + index + "]";
                WrongInput.fieldOf(wrongType)
                        .ifPresentOrElse(
                                problem -> validation.reject(problem.onField(prefix + "." + problem.field())),
                                () -> validation.reject(prefix, FieldRule.INVALID));
                continue;
            }
            LoyaltyTier tier = read("tiers[" + index + "].", request, validation);
            if (tier != null) {
                tiers.add(tier);
            }
        }
        validation.throwIfInvalid();
        return tiers;
    }

    @Nullable
    private static LoyaltyTier read(String prefix, TierRequest request, FieldValidation validation) {
        FieldValidation own = new FieldValidation();
        Integer orders = own.check(() -> required("minCompletedOrders", request.minCompletedOrders()));
        Money spent = own.check(() -> Money.parse("minTotalSpent", request.minTotalSpent()));
        Integer percent = own.check(() -> required("percent", request.percent()));
        LoyaltyTier tier = null;
        try {
            own.throwIfInvalid();
            tier = new LoyaltyTier(request.name(), orders, spent, percent);
        } catch (InvalidValueException invalid) {
            for (FieldError error : invalid.errors()) {
                validation.reject(error.onField(prefix + fieldOf(error)));
            }
        }
        return tier;
    }

    private static Integer required(String field, @Nullable Integer value) {
        if (value == null) {
            throw new InvalidValueException(field, FieldRule.REQUIRED);
        }
        return value;
    }

    /** The domain calls a tier's name "tier"; in the list it is the row's {@code name}. */
    private static String fieldOf(FieldError error) {
        return "tier".equals(error.field()) ? "name" : error.field();
    }
}
