package org.minyi.routing.rules.domain;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RoutingPolicyTest {

    static RoutingRules countyRules() {
        Map<String, String> domains = new LinkedHashMap<>();
        domains.put("education", "education");
        domains.put("health", "education");
        domains.put("legal", "social-legal");
        domains.put("urban", "economy");
        return new RoutingRules(domains, Map.of(
                Category.DAILY_LIFE, "public-opinion",
                Category.DECISION_ADVICE, "proposals",
                Category.HARD_PROBLEM, "economy"), "public-opinion");
    }

    private final RoutingPolicy policy = new RoutingPolicy(countyRules());

    @Test
    void aReportGoesToTheCommitteeThatCoversItsDomain() {
        assertThat(policy.assign(Category.DAILY_LIFE, "health"))
                .isEqualTo(new Assignment("education", "domain:health"));
    }

    @Test
    void theDomainWinsOverTheCategory() {
        assertThat(policy.assign(Category.DECISION_ADVICE, "legal"))
                .isEqualTo(new Assignment("social-legal", "domain:legal"));
    }

    @Test
    void aDomainWithoutAnEntryFallsBackToTheCategory() {
        assertThat(policy.assign(Category.DECISION_ADVICE, "other"))
                .isEqualTo(new Assignment("proposals", "category:DECISION_ADVICE"));
    }

    @Test
    void aReportNoTableNamesGoesToTheDefaultCommittee() {
        assertThat(policy.assign(Category.STABILITY_RISK, "other"))
                .isEqualTo(new Assignment("public-opinion", "default"));
    }

    @Test
    void theTablesKeepTheirOrderAndCannotBeChanged() {
        RoutingRules rules = countyRules();

        assertThat(rules.domains().keySet()).containsExactly("education", "health", "legal", "urban");
        assertThatThrownBy(() -> rules.domains().put("culture", "culture-history"))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> rules.categories().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void tablesNamingSomethingThatIsNotACodeAreRefused() {
        assertThatThrownBy(() -> new RoutingRules(Map.of("education", "教科卫体"), Map.of(), "public-opinion"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("committee of domain education");
        assertThatThrownBy(() -> new RoutingRules(Map.of(), Map.of(Category.DAILY_LIFE, ""), "public-opinion"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("DAILY_LIFE");
        assertThatThrownBy(() -> new RoutingRules(Map.of(), Map.of(), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("default committee");
    }

    @Test
    void emptyTablesSendEverythingToTheDefault() {
        RoutingPolicy onlyDefault = new RoutingPolicy(new RoutingRules(null, null, "public-opinion"));

        assertThat(onlyDefault.assign(Category.MAJOR_EVENT, "economy"))
                .isEqualTo(new Assignment("public-opinion", "default"));
    }
}
