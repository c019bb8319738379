package org.minyi.review.queue.web;

import org.minyi.chassis.security.JwtRoles;
import org.minyi.review.queue.domain.Actor;
import org.minyi.review.queue.domain.Role;
import org.springframework.security.oauth2.jwt.Jwt;

/** The caller, as its bearer token describes it (PRODUCT.md §4 claims). */
public final class Actors {

    private Actors() {
    }

    public static Actor from(Jwt jwt) {
        Role role = JwtRoles.of(jwt, Role.class, Role.VIEWER, Role.SYSTEM);
        return new Actor(jwt.getSubject(), role, jwt.getClaimAsString("committee"));
    }
}
