package org.minyi.dashboard.assessment.messaging;

/** A readable event that lacks what the assessment needs; poison, not a fault: it goes to the dead-letter topic. */
public final class UnusableEvent extends RuntimeException {

    UnusableEvent(String message) {
        super(message);
    }
}
