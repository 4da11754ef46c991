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

    /** Answers one kind of refusal with one status and the refusal's own message. */
    abstract static class Answering<E extends Throwable> implements ExceptionHandler<E, HttpResponse<ErrorBody>> {
        private final HttpStatus status;

        Answering(HttpStatus status) {
            this.status = status;
        }

        String messageOf(E exception) {
            return exception.getMessage();
        }

        @Override
        public HttpResponse<ErrorBody> handle(HttpRequest request, E exception) {
            return answer(status, messageOf(exception));
        }
    }

    /** What was asked for does not exist, or is not the caller's. */
    @Singleton
    public static class NotFoundHandler extends Answering<NotFoundException> {
        public NotFoundHandler() {
            super(HttpStatus.NOT_FOUND);
        }
    }

    /** A valid request that clashes with the current state. */
    @Singleton
    public static class ConflictHandler extends Answering<ConflictException> {
        public ConflictHandler() {
            super(HttpStatus.CONFLICT);
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
    public static class UnsupportedImageHandler extends Answering<UnsupportedImageException> {
        public UnsupportedImageHandler() {
            super(HttpStatus.BAD_REQUEST);
        }
    }

    /** More items than can be sold: a conflict with the stock, naming the product and what is left. */
    @Singleton
    public static class InsufficientStockHandler extends Answering<InsufficientStock> {
        public InsufficientStockHandler() {
            super(HttpStatus.CONFLICT);
        }
    }

    /** Too little money: 402, saying what the order needs and what the balance has. */
    @Singleton
    public static class InsufficientBalanceHandler extends Answering<InsufficientBalance> {
        public InsufficientBalanceHandler() {
            super(HttpStatus.PAYMENT_REQUIRED);
        }

        @Override
        String messageOf(InsufficientBalance exception) {
            return insufficientBalance(exception.needed(), exception.available());
        }
    }

    static String insufficientBalance(Money needed, Money available) {
        return "The balance is too low: this order needs " + needed + ", the balance has " + available + ". Top up "
                + needed.minus(available) + " or more to pay it.";
    }

    /** A second refund of one order. */
    @Singleton
    public static class AlreadyRefundedHandler extends Answering<AlreadyRefunded> {
        public AlreadyRefundedHandler() {
            super(HttpStatus.CONFLICT);
        }
    }

    /** An {@code Idempotency-Key} sent again with another request. */
    @Singleton
    public static class IdempotencyKeyReusedHandler extends Answering<IdempotencyKeyReusedException> {
        public IdempotencyKeyReusedHandler() {
            super(HttpStatus.UNPROCESSABLE_ENTITY);
        }
    }

    /** A change to a cart line the cart does not have. */
    @Singleton
    public static class ProductNotInCartHandler extends Answering<ProductNotInCart> {
        public ProductNotInCartHandler() {
            super(HttpStatus.NOT_FOUND);
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
