package org.minyi.followup.handling.domain;

import java.util.List;

/** One page of a list, with the total the list has. */
public record PageOf<T>(List<T> items, int page, int size, long total) {
}
