package org.minyi.review.queue.domain;

import java.util.Objects;

/**
 * One reason the office lists for declining a report (不予采用理由).
 *
 * @param code            what decisions and events carry, e.g. {@code DUPLICATE}
 * @param requiresComment whether a decline with this reason must explain itself in the comment
 * @param active          retired reasons stay listed so that old decisions keep their label
 */
public record DeclineReason(String code, String label, String labelEn, boolean requiresComment, boolean active) {

    public DeclineReason {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
    }

    DeclineReason retired() {
        return new DeclineReason(code, label, labelEn, requiresComment, false);
    }
}
