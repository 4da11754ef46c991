package turgus.application.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a listing and where it stands in the whole. */
public record Page<T>(List<T> items, int page, int size, long totalItems) {
    public Page {
        items = List.copyOf(items);
    }

    public static <T> Page<T> of(List<T> items, PageRequest request, long totalItems) {
        return new Page<>(items, request.page(), request.size(), totalItems);
    }

    public int totalPages() {
        return (int) ((totalItems + size - 1) / size);
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), page, size, totalItems);
    }
}
