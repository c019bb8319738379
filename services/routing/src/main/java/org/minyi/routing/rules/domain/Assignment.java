package org.minyi.routing.rules.domain;

import java.util.Objects;

/**
 * Where a report goes and why.
 *
 * @param committee   the committee code, or {@code OFFICE} for the office's triage queue
 * @param rule        the id of the rule that matched, or {@code topic:<id>} (the topic's lead committee),
 *                    {@code topic-unknown:<id>} (a topic routing does not know) or {@code no-match}
 * @param ruleVersion the version of the rule set that decided
 */
public record Assignment(String committee, String rule, int ruleVersion) {

    public Assignment {
        Objects.requireNonNull(committee, "committee");
        Objects.requireNonNull(rule, "rule");
    }
}
