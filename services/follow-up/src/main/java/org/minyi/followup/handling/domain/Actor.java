package org.minyi.followup.handling.domain;

import java.util.Objects;

/**
 * Who acts: the principal's name and role, with the claim that scopes the role (a station's
 * township, a member's code, a unit's code); the others are {@code null}.
 */
public record Actor(String principal, Role role, String township, String member, String unit) {

    public Actor {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(role, "role");
    }

    public static Actor station(String township) {
        return new Actor("station-" + township, Role.STATION, township, null, null);
    }

    public static Actor member(String member) {
        return new Actor("member-" + member, Role.MEMBER, null, member, null);
    }

    public static Actor office() {
        return new Actor("office", Role.OFFICE, null, null, null);
    }

    public static Actor unit(String unit) {
        return new Actor("unit-" + unit, Role.UNIT, null, null, unit);
    }

    /** The platform itself, for automatic steps (closing an unrated report): the actor {@code system}. */
    public static Actor system() {
        return new Actor("system", Role.SYSTEM, null, null, null);
    }

    public boolean is(Role candidate) {
        return role == candidate;
    }
}
