package org.minyi.followup.handling.domain;

import java.time.Instant;
import java.util.Objects;

/** A unit's feedback (办理反馈): its result and what it did, or for C why it cannot be solved now. */
public record Feedback(FeedbackResult result, String text, String by, Instant at) {

    public Feedback {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
    }
}
