package org.minyi.chassis.web;

import java.util.List;
import java.util.function.Function;

/**
 * Which page of a list a caller asked for, made safe: pages start at 0, a page has at least one and at
 * most {@code max} items ({@code size} is capped, never refused), and a page far past the end is empty.
 */
public record Paging(int page, int size) {

    /** The default cap of {@code size}. */
    public static final int MAX_SIZE = 100;

    public static Paging of(int page, int size) {
        return of(page, size, MAX_SIZE);
    }

    public static Paging of(int page, int size, int max) {
        return new Paging(Math.max(0, page), Math.max(1, Math.min(size, max)));
    }

    /** How many items come before this page (a long: page × size may pass an int). */
    public long skip() {
        return (long) page * size;
    }

    /** A page of a list as every list answers it: {@code {items, page, size, total}}. */
    public record Page<T>(List<T> items, int page, int size, long total) {

        public Page {
            items = List.copyOf(items);
        }

        public <R> Page<R> map(Function<? super T, R> mapping) {
            return new Page<>(items.stream().<R>map(mapping).toList(), page, size, total);
        }
    }
}
