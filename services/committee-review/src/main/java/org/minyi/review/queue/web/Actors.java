package org.minyi.review.queue.web;

import java.util.Arrays;
import java.util.List;

import org.minyi.review.queue.domain.Actor;
import org.minyi.review.queue.domain.Role;
import org.springframework.security.oauth2.jwt.Jwt;

/** The caller, as its bearer token describes it (PRODUCT.md §4 claims). */
public final class Actors {

    private Actors() {
    }

    public static Actor from(Jwt jwt) {
        List<String> roles = jwt.getClaimAsStringList("roles");
        Role role = roles == null ? Role.VIEWER : roles.stream()
                .flatMap(name -> Arrays.stream(Role.values()).filter(r -> r.name().equals(name)))
                .filter(r -> r != Role.SYSTEM)
                .findFirst().orElse(Role.VIEWER);
        return new Actor(jwt.getSubject(), role, jwt.getClaimAsString("committee"));
    }
}
