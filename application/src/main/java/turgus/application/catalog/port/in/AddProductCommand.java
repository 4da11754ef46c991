package turgus.application.catalog.port.in;

import java.math.BigDecimal;
import turgus.domain.catalog.Price;
import turgus.domain.catalog.Product;
import turgus.domain.catalog.ProductDescription;
import turgus.domain.catalog.ProductName;
import turgus.domain.shared.FieldValidation;
import turgus.domain.shared.Money;

/** A new product as an admin describes it; every broken rule is reported at once. */
public record AddProductCommand(ProductName name, ProductDescription description, Money price, int stock) {

    public static AddProductCommand of(String name, String description, BigDecimal price, Integer stock) {
        FieldValidation validation = new FieldValidation();
        ProductName checkedName = validation.check(() -> new ProductName(name));
        ProductDescription checkedDescription = validation.check(() -> new ProductDescription(description));
        Money checkedPrice = validation.check(() -> Price.of("price", price));
        Integer checkedStock = validation.check(() -> Product.checkStock(stock == null ? 0 : stock));
        validation.throwIfInvalid();
        return new AddProductCommand(checkedName, checkedDescription, checkedPrice, checkedStock);
    }
}
