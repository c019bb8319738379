package org.minyi.leadership.inbox.domain;

import java.util.Objects;

/**
 * Who acts: the principal's name (e.g. {@code leader-county-head}, {@code leader} — the secretariat —,
 * {@code office}), its role and, for a leader, the leader's code (the token's {@code leader} claim).
 *
 * @param leader the leader's code for a LEADER, else {@code null}
 */
public record Actor(String principal, Role role, String leader) {

    public Actor {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(role, "role");
        leader = leader == null || leader.isBlank() ? null : leader;
    }

    /** A named leader, as the principal {@code leader-<code>} signs in. */
    public static Actor leader(String code) {
        return new Actor("leader-" + code, Role.LEADER, code);
    }

    /** The leaders' secretariat (领导秘书处), the principal {@code leader}. */
    public static Actor leadersOffice() {
        return new Actor("leader", Role.LEADERS_OFFICE, null);
    }

    public static Actor office() {
        return new Actor("office", Role.OFFICE, null);
    }

    public boolean is(Role candidate) {
        return role == candidate;
    }
}
