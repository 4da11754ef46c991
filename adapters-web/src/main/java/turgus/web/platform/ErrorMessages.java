package turgus.web.platform;

import io.micronaut.http.HttpStatus;

/** The plain words every error status is answered with, when nothing more precise is known. */
public final class ErrorMessages {
    public static final String INVALID_INPUT = "Some fields are not valid. Please correct them.";
    public static final String MALFORMED_JSON = "The request body is not valid JSON.";
    public static final String UNEXPECTED = "Something went wrong on our side. Please try again later.";
    public static final String UNAUTHORIZED = "Unauthorized";
    public static final String FORBIDDEN = "Forbidden";
    public static final String NOT_FOUND = "Not found";

    private ErrorMessages() {}

    public static String forStatus(int code) {
        return switch (code) {
            case 400 -> "The request is not valid.";
            case 401 -> UNAUTHORIZED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> "This method is not allowed here.";
            case 406 -> "The requested content type cannot be produced.";
            case 409 -> "The request conflicts with the current state.";
            case 413 -> "The request is too large.";
            case 415 -> "This content type is not supported here.";
            case 429 -> "Too many requests. Please wait and try again.";
            case 503 -> "The service is unavailable. Please try again later.";
            default -> code >= 500 ? UNEXPECTED : fallback(code);
        };
    }

    private static String fallback(int code) {
        try {
            return HttpStatus.valueOf(code).getReason();
        } catch (IllegalArgumentException unknown) {
            return "The request failed.";
        }
    }
}
