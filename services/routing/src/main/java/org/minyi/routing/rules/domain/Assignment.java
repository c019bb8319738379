package org.minyi.routing.rules.domain;

import java.util.Objects;

/**
 * Where a report goes and why.
 *
 * @param committee the committee code
 * @param rule      the rule that matched: {@code domain:<domain>}, {@code category:<CATEGORY>} or {@code default}
 */
public record Assignment(String committee, String rule) {

    public Assignment {
        Objects.requireNonNull(committee, "committee");
        Objects.requireNonNull(rule, "rule");
    }
}
