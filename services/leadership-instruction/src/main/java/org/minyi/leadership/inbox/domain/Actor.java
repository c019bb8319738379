package org.minyi.leadership.inbox.domain;

import java.util.Objects;

/** Who acts: the principal's name (e.g. {@code leader}, {@code office}) and role. */
public record Actor(String principal, Role role) {

    public Actor {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(role, "role");
    }

    public static Actor leader() {
        return new Actor("leader", Role.LEADER);
    }

    public static Actor office() {
        return new Actor("office", Role.OFFICE);
    }

    public boolean is(Role candidate) {
        return role == candidate;
    }
}
