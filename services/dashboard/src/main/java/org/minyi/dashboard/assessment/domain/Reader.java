package org.minyi.dashboard.assessment.domain;

import java.util.Objects;

/**
 * Who asks to read a member's standing: their role and, for a member, their own member code (the token's
 * {@code member} claim; {@code null} when the token carries none).
 */
public record Reader(Role role, String member) {

    public Reader {
        Objects.requireNonNull(role, "role");
    }
}
