package org.minyi.routing.report.application;

import java.util.Objects;

/**
 * Why something is happening: the correlation id shared by everything one outside request set off,
 * and the id of the event that directly caused it.
 */
public record Causation(String correlationId, String causationId) {

    public Causation {
        Objects.requireNonNull(correlationId, "correlationId");
    }
}
