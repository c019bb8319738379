package org.minyi.followup.notification.domain;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whose feed a caller reads. Notifications name their recipients as principals ({@code member-<code>},
 * {@code station-<township>}, {@code unit-<unit>}, {@code reviewer-<committee>}, {@code leader-<leader>},
 * {@code leader} for the leaders' secretariat, {@code office}); a caller's feed follows from its scoping
 * claim where its role has one, else from its principal name, so only its own feed is ever read. A scoped
 * role without its claim, or a caller without a name, has no feed at all: it never falls back to a name
 * that might be somebody else's recipient.
 */
public final class Reader {

    /** The roles of PRODUCT.md §4. */
    private static final Set<String> ROLES = Set.of("STATION", "MEMBER", "OFFICE", "REVIEWER", "LEADER",
            "LEADERS_OFFICE", "UNIT", "VIEWER");
    /** The leaders' secretariat's feed, whatever its token is called: it hears of every report sent to a leader. */
    static final String SECRETARIAT = "leader";

    private Reader() {
    }

    /**
     * @param roles  the token's roles in its order; the first one of PRODUCT.md §4 decides, as it does for
     *               every other endpoint
     * @param claims the token's scoping claims
     * @return the recipient name whose feed the caller reads; empty when it has none
     */
    public static Optional<String> feedOf(String principal, List<String> roles, Claims claims) {
        String role = roles == null ? null : roles.stream().filter(ROLES::contains).findFirst().orElse(null);
        if (role == null) {
            return Optional.empty();
        }
        return switch (role) {
            case "STATION" -> scoped("station-", claims.township());
            case "MEMBER" -> scoped("member-", claims.member());
            case "UNIT" -> scoped("unit-", claims.unit());
            case "REVIEWER" -> scoped("reviewer-", claims.committee());
            case "LEADER" -> scoped("leader-", claims.leader());
            case "LEADERS_OFFICE" -> Optional.of(SECRETARIAT);
            default -> principal == null || principal.isBlank() ? Optional.empty() : Optional.of(principal);
        };
    }

    private static Optional<String> scoped(String prefix, String code) {
        return code == null || code.isBlank() ? Optional.empty() : Optional.of(prefix + code);
    }

    /** The claims that scope a role: {@code township}, {@code member}, {@code unit}, {@code committee}, {@code leader}. */
    public record Claims(String township, String member, String unit, String committee, String leader) {
    }
}
