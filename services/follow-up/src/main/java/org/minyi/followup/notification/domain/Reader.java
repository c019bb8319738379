package org.minyi.followup.notification.domain;

/**
 * Whose feed a caller reads. Notifications name their recipients as principals ({@code member-<code>},
 * {@code station-<township>}, {@code unit-<unit>}, {@code office}); a caller's feed follows from its
 * scoping claim where it has one, else from its principal name, so only its own feed is ever read.
 */
public final class Reader {

    private Reader() {
    }

    /**
     * @param role one of the roles of PRODUCT.md §4
     * @return the recipient name whose feed the caller reads
     */
    public static String feedOf(String principal, String role, String township, String member, String unit) {
        if ("STATION".equals(role) && township != null) {
            return "station-" + township;
        }
        if ("MEMBER".equals(role) && member != null) {
            return "member-" + member;
        }
        if ("UNIT".equals(role) && unit != null) {
            return "unit-" + unit;
        }
        return principal;
    }
}
