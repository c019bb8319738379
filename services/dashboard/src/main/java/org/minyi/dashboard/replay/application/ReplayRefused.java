package org.minyi.dashboard.replay.application;

/** A replay cannot start: the consumer group is still in use elsewhere. Nothing was changed. */
public class ReplayRefused extends RuntimeException {

    public ReplayRefused(String message, Throwable cause) {
        super(message, cause);
    }
}
