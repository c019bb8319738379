package org.minyi.review.queue.web;

import java.util.UUID;

import org.minyi.review.queue.application.Causation;

/** Correlates what a request sets off: the caller's {@code X-Correlation-Id} when sane, else a new id. */
public final class RequestIds {

    private RequestIds() {
    }

    public static Causation causation(String correlationHeader) {
        if (correlationHeader != null && correlationHeader.matches("[A-Za-z0-9._-]{1,64}")) {
            return Causation.ofRequest(correlationHeader);
        }
        return Causation.ofRequest(UUID.randomUUID().toString());
    }
}
