package turgus.web.shopping;

/** Words the shopping routes' OpenAPI annotations share. */
final class ApiDocs {
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String IDEMPOTENCY_KEY_DESCRIPTION = "1..255 characters. The same key with the same request within 24"
            + " hours answers the first answer again and changes nothing; with another request it is a 422.";

    private ApiDocs() {}
}
