package turgus.application.shared;

import turgus.domain.shared.FieldRule;
import turgus.domain.shared.InvalidValueException;

/** Which page of a listing to answer: 0-based, 1 to 100 items. */
public record PageRequest(int page, int size) {
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public PageRequest {
        if (page < 0) {
            throw new InvalidValueException("page", FieldRule.TOO_SMALL, "min", 0);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidValueException("size", FieldRule.OUT_OF_RANGE, "min", 1, "max", MAX_SIZE);
        }
    }

    public static PageRequest of(Integer page, Integer size) {
        return new PageRequest(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
    }

    public long offset() {
        return (long) page * size;
    }
}
