package org.minyi.intake.report.domain;

import java.util.Objects;

/**
 * The submitter's {@code Idempotency-Key}, scoped to the principal, with the fingerprint of what was
 * submitted under it: a repeat with the same content gets the first answer, another content is refused.
 */
public record SubmissionKey(String principal, String key, String fingerprint) {

    public SubmissionKey {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(fingerprint, "fingerprint");
    }

    public boolean sameRequest(String otherFingerprint) {
        return fingerprint.equals(otherFingerprint);
    }
}
