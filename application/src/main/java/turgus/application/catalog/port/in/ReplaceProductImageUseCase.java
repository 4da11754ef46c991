package turgus.application.catalog.port.in;

import turgus.domain.account.UserId;
import turgus.domain.catalog.Product;
import turgus.domain.catalog.ProductId;

/** Gives a product a new picture; the old one is discarded. */
public interface ReplaceProductImageUseCase {
    /**
     * @param content the uploaded file as sent; checked by its content, never by its name
     * @param admin who changes it, for the event log
     */
    Product replaceImage(ProductId id, byte[] content, UserId admin);
}
