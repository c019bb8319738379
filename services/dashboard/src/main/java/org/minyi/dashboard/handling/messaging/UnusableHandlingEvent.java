package org.minyi.dashboard.handling.messaging;

/** A readable event that lacks what the units' record needs; poison, not a fault: it goes to the dead-letter topic. */
public final class UnusableHandlingEvent extends RuntimeException {

    UnusableHandlingEvent(String message) {
        super(message);
    }
}
