package org.minyi.dashboard.assessment.application;

/**
 * A member's standing the caller may not read, or of a member nobody knows: both answer 404, so that a
 * member cannot learn whether another member's code exists.
 */
public class StandingNotFound extends RuntimeException {

    public StandingNotFound(int year, String member) {
        super("no standing of member " + member + " in " + year + " for this caller");
    }
}
