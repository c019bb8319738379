package org.minyi.review.queue.application;

import java.util.Objects;

/**
 * Why something is happening: the correlation id shared by everything one outside request set off,
 * and the id of the request or event that directly caused it ({@code null} for a request).
 */
public record Causation(String correlationId, String causationId) {

    public Causation {
        Objects.requireNonNull(correlationId, "correlationId");
    }

    public static Causation ofRequest(String requestId) {
        return new Causation(requestId, null);
    }
}
