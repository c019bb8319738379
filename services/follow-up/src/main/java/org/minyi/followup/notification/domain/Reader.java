package org.minyi.followup.notification.domain;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whose feed a caller reads. Notifications name their recipients as principals ({@code member-<code>},
 * {@code station-<township>}, {@code unit-<unit>}, {@code office}); a caller's feed follows from its
 * scoping claim where its role has one, else from its principal name, so only its own feed is ever read.
 * A scoped role without its claim, or a caller without a name, has no feed at all: it never falls back
 * to a name that might be somebody else's recipient.
 */
public final class Reader {

    /** The roles of PRODUCT.md §4. */
    private static final Set<String> ROLES = Set.of("STATION", "MEMBER", "OFFICE", "REVIEWER", "LEADER", "UNIT",
            "VIEWER");

    private Reader() {
    }

    /**
     * @param roles the token's roles in its order; the first one of PRODUCT.md §4 decides, as it does for
     *              every other endpoint
     * @return the recipient name whose feed the caller reads; empty when it has none
     */
    public static Optional<String> feedOf(String principal, List<String> roles, String township, String member,
                                          String unit) {
        String role = roles == null ? null : roles.stream().filter(ROLES::contains).findFirst().orElse(null);
        if ("STATION".equals(role)) {
            return scoped("station-", township);
        }
        if ("MEMBER".equals(role)) {
            return scoped("member-", member);
        }
        if ("UNIT".equals(role)) {
            return scoped("unit-", unit);
        }
        return role == null || principal == null || principal.isBlank() ? Optional.empty() : Optional.of(principal);
    }

    private static Optional<String> scoped(String prefix, String code) {
        return code == null || code.isBlank() ? Optional.empty() : Optional.of(prefix + code);
    }
}
