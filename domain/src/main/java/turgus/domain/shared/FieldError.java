package turgus.domain.shared;

/** One input field and what is wrong with it, in words for the person who typed it. */
public record FieldError(String field, String message) {}
