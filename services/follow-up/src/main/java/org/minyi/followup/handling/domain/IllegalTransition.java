package org.minyi.followup.handling.domain;

/** The current status of the report or task does not allow this step. */
public class IllegalTransition extends RuntimeException {

    private final String current;

    public IllegalTransition(Object subject, Enum<?> current, String message) {
        super(message + " (" + subject + " is " + current + ")");
        this.current = current.name();
    }

    /** The status that refused the step, as its name. */
    public String current() {
        return current;
    }
}
