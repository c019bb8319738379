package org.minyi.dashboard.board.domain;

import java.util.List;
import java.util.function.Function;

/** One page of a list, with the total the list has. */
public record PageOf<T>(List<T> items, int page, int size, long total) {

    public PageOf {
        items = List.copyOf(items);
    }

    public <R> PageOf<R> map(Function<T, R> mapper) {
        return new PageOf<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
