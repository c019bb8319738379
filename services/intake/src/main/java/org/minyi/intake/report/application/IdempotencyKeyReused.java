package org.minyi.intake.report.application;

/** The same {@code Idempotency-Key} came with a different body. */
public class IdempotencyKeyReused extends RuntimeException {

    public IdempotencyKeyReused(String key) {
        super("Idempotency-Key " + key + " was already used for a different report");
    }
}
