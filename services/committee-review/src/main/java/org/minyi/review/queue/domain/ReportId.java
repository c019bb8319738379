package org.minyi.review.queue.domain;

import java.util.Objects;

public record ReportId(String value) {

    public ReportId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value;
    }
}
