package org.minyi.routing.rules.domain;

import java.util.Objects;

/**
 * Sends a report to a committee by function: the committee that covers its domain (教育 → 教科卫体),
 * failing that the one its category calls for (重要决策建议 → 提案), failing that the default
 * (社会情况和民意) so that no report is left without a committee.
 */
public final class RoutingPolicy {

    static final String DEFAULT_RULE = "default";

    private final RoutingRules rules;

    public RoutingPolicy(RoutingRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    public Assignment assign(Category category, String domain) {
        String byDomain = domain == null ? null : rules.domains().get(domain);
        if (byDomain != null) {
            return new Assignment(byDomain, "domain:" + domain);
        }
        String byCategory = category == null ? null : rules.categories().get(category);
        if (byCategory != null) {
            return new Assignment(byCategory, "category:" + category.name());
        }
        return new Assignment(rules.defaultCommittee(), DEFAULT_RULE);
    }

    public RoutingRules rules() {
        return rules;
    }
}
