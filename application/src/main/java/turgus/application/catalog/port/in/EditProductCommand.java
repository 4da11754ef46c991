package turgus.application.catalog.port.in;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import turgus.domain.catalog.Price;
import turgus.domain.catalog.ProductDescription;
import turgus.domain.catalog.ProductId;
import turgus.domain.catalog.ProductName;
import turgus.domain.catalog.Sale;
import turgus.domain.shared.FieldRule;
import turgus.domain.shared.FieldValidation;
import turgus.domain.shared.Money;

/**
 * A partial change of a product's details. Absent fields stay as they are; the sale changes only
 * when {@code sale} is present, and an empty inner value ends it.
 */
public record EditProductCommand(
        ProductId id,
        Optional<ProductName> name,
        Optional<ProductDescription> description,
        Optional<Money> price,
        Optional<Optional<Sale>> sale) {

    public EditProductCommand {
        Objects.requireNonNull(id, "id");
    }

    /**
     * @param saleGiven whether the request said anything about the sale; then a null {@code
     *     salePercent} ends the sale
     */
    public static EditProductCommand of(
            ProductId id,
            String name,
            String description,
            BigDecimal price,
            boolean saleGiven,
            Integer salePercent,
            Instant saleEndsAt) {
        FieldValidation validation = new FieldValidation();
        ProductName checkedName = validation.checkIfPresent(name, ProductName::new);
        ProductDescription checkedDescription = validation.checkIfPresent(description, ProductDescription::new);
        Money checkedPrice = validation.checkIfPresent(price, raw -> Price.of("price", raw));
        Optional<Optional<Sale>> checkedSale = Optional.empty();
        if (saleGiven) {
            if (salePercent == null) {
                if (saleEndsAt != null) {
                    validation.reject("salePercent", FieldRule.REQUIRED_WITH, "other", "saleEndsAt");
                }
                checkedSale = Optional.of(Optional.empty());
            } else {
                Sale sale = validation.check(() -> new Sale(salePercent, saleEndsAt));
                checkedSale = Optional.of(Optional.ofNullable(sale));
            }
        }
        validation.throwIfInvalid();
        return new EditProductCommand(
                id,
                Optional.ofNullable(checkedName),
                Optional.ofNullable(checkedDescription),
                Optional.ofNullable(checkedPrice),
                checkedSale);
    }
}
