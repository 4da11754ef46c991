package turgus.web.platform;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.util.List;
import turgus.application.idempotency.IdempotencyKeyReusedException;
import turgus.application.shared.ConflictException;
import turgus.application.shared.DuplicateValueException;
import turgus.application.shared.NotFoundException;
import turgus.application.shared.UnsupportedImageException;
import turgus.domain.cart.InsufficientStock;
import turgus.domain.cart.ProductNotInCart;
import turgus.domain.ledger.InsufficientBalance;
import turgus.domain.order.AlreadyRefunded;
import turgus.domain.shared.Money;

/**
 * The application's refusals, each answered with its status once for the whole API. Their messages
 * are written for users by the application layer and pass through as they are.
 */
public final class OutcomeHandlers {
    private OutcomeHandlers() {}

    static HttpResponse<ErrorBody> answer(HttpStatus status, String message) {
        return HttpResponse.<ErrorBody>status(status).body(ErrorBody.of(status.getCode(), message));
    }

    /** What was asked for does not exist, or is not the caller's. */
    @Singleton
    public static class NotFoundHandler implements ExceptionHandler<NotFoundException, HttpResponse<ErrorBody>> {
        @Override
        public HttpResponse<ErrorBody> handle(HttpRequest request, NotFoundException exception) {
            return answer(HttpStatus.NOT_FOUND, exception.getMessage());
        }
    }

    /** A valid request that clashes with the current state. */
    @Singleton
    public static class ConflictHandler implements ExceptionHandler<ConflictException, HttpResponse<ErrorBody>> {
        @Override
        public HttpResponse<ErrorBody> handle(HttpRequest request, ConflictException exception) {
            return answer(HttpStatus.CONFLICT, exception.getMessage());
        }
    }

    /** An email or phone number another account has: a conflict that names the field. */
    @Singleton
    public static class DuplicateValueHandler
            implements ExceptionHandler<DuplicateValueException, HttpResponse<ErrorBody>> {
        @Override
        public HttpResponse<ErrorBody> handle(HttpRequest request, DuplicateValueException exception) {
            return HttpResponse.<ErrorBody>status(HttpStatus.CONFLICT)
                    .body(ErrorBody.withErrors(
                            409,
                            exception.getMessage(),
                            List.of(new ErrorBody.FieldProblem(exception.field(), exception.getMessage()))));
        }
    }

    /** An upload that is not a picture the shop accepts. */
    @Singleton
    public static class UnsupportedImageHandler
            implements ExceptionHandler<UnsupportedImageException, HttpResponse<ErrorBody>> {
        @Override
        public HttpResponse<ErrorBody> handle(HttpRequest request, UnsupportedImageException exception) {
            return answer(HttpStatus.BAD_REQUEST, exception.getMessage());
        }
    }

    /** More items than can be sold: a conflict with the stock, naming the product and what is left. */
    @Singleton
    public static class InsufficientStockHandler
            implements ExceptionHandler<InsufficientStock, HttpResponse<ErrorBody>> {
        @Override
        public HttpResponse<ErrorBody> handle(HttpRequest request, InsufficientStock exception) {
            return answer(HttpStatus.CONFLICT, exception.getMessage());
        }
    }

    /** Too little money: 402, saying what the order needs and what the balance has. */
    @Singleton
    public static class InsufficientBalanceHandler
            implements ExceptionHandler<InsufficientBalance, HttpResponse<ErrorBody>> {
        @Override
        public HttpResponse<ErrorBody> handle(HttpRequest request, InsufficientBalance exception) {
            return answer(HttpStatus.PAYMENT_REQUIRED, insufficientBalance(exception.needed(), exception.available()));
        }
    }

    static String insufficientBalance(Money needed, Money available) {
        return "The balance is too low: this order needs " + needed + ", the balance has " + available + ". Top up "
                + needed.minus(available) + " or more to pay it.";
    }

    /** A second refund of one order. */
    @Singleton
    public static class AlreadyRefundedHandler implements ExceptionHandler<AlreadyRefunded, HttpResponse<ErrorBody>> {
        @Override
        public HttpResponse<ErrorBody> handle(HttpRequest request, AlreadyRefunded exception) {
            return answer(HttpStatus.CONFLICT, exception.getMessage());
        }
    }

    /** An {@code Idempotency-Key} sent again with another request. */
    @Singleton
    public static class IdempotencyKeyReusedHandler
            implements ExceptionHandler<IdempotencyKeyReusedException, HttpResponse<ErrorBody>> {
        @Override
        public HttpResponse<ErrorBody> handle(HttpRequest request, IdempotencyKeyReusedException exception) {
            return answer(HttpStatus.UNPROCESSABLE_ENTITY, exception.getMessage());
        }
    }

    /** A change to a cart line the cart does not have. */
    @Singleton
    public static class ProductNotInCartHandler implements ExceptionHandler<ProductNotInCart, HttpResponse<ErrorBody>> {
        @Override
        public HttpResponse<ErrorBody> handle(HttpRequest request, ProductNotInCart exception) {
            return answer(HttpStatus.NOT_FOUND, exception.getMessage());
        }
    }

    /** The last resort: anything no other handler knows. */
    @Singleton
    public static class UnexpectedHandler implements ExceptionHandler<Throwable, HttpResponse<ErrorBody>> {
        private final UnexpectedErrors unexpected;

        public UnexpectedHandler(UnexpectedErrors unexpected) {
            this.unexpected = unexpected;
        }

        @Override
        public HttpResponse<ErrorBody> handle(HttpRequest request, Throwable exception) {
            return unexpected.answer(request, exception);
        }
    }
}
