package org.minyi.review.queue.domain;

import java.util.Objects;

/**
 * Who acts: the principal's name and role, with the committee that scopes a reviewer ({@code null}
 * for every other role).
 */
public record Actor(String principal, Role role, String committee) {

    public Actor {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(role, "role");
    }

    public static Actor reviewer(String committee) {
        return new Actor("reviewer-" + committee, Role.REVIEWER, committee);
    }

    public static Actor office() {
        return new Actor("office", Role.OFFICE, null);
    }

    /** The service itself, for automatic steps (a scheduler's flag). */
    public static Actor system() {
        return new Actor("system", Role.SYSTEM, null);
    }

    public boolean is(Role candidate) {
        return role == candidate;
    }
}
