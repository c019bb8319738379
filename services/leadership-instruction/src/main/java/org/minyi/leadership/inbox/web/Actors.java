package org.minyi.leadership.inbox.web;

import org.minyi.chassis.security.JwtRoles;
import org.minyi.leadership.inbox.domain.Actor;
import org.minyi.leadership.inbox.domain.Role;
import org.springframework.security.oauth2.jwt.Jwt;

/** The caller, as its bearer token describes it (PRODUCT.md §4 claims: a leader's code in {@code leader}). */
final class Actors {

    private Actors() {
    }

    static Actor from(Jwt jwt) {
        Role role = JwtRoles.of(jwt, Role.class, Role.VIEWER, Role.SYSTEM);
        return new Actor(jwt.getSubject(), role, role == Role.LEADER ? jwt.getClaimAsString("leader") : null);
    }
}
