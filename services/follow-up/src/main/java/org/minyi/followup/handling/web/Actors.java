package org.minyi.followup.handling.web;

import org.minyi.chassis.security.JwtRoles;
import org.minyi.followup.handling.domain.Actor;
import org.minyi.followup.handling.domain.Role;
import org.springframework.security.oauth2.jwt.Jwt;

/** The caller, as its bearer token describes it (PRODUCT.md §4 claims). */
final class Actors {

    private Actors() {
    }

    static Actor from(Jwt jwt) {
        Role role = JwtRoles.of(jwt, Role.class, Role.VIEWER, Role.SYSTEM);
        return new Actor(jwt.getSubject(), role, jwt.getClaimAsString("township"), jwt.getClaimAsString("member"),
                jwt.getClaimAsString("unit"));
    }
}
