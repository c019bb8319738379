package org.minyi.chassis.concurrency;

/**
 * The stored object changed after it was read (its version moved on): nothing was written. Read it
 * again, decide again and write again ({@link OnConflict}).
 */
public class ConcurrentWrite extends RuntimeException {

    public ConcurrentWrite(String message) {
        super(message);
    }
}
