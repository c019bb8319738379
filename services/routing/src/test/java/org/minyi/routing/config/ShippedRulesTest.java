package org.minyi.routing.config;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.minyi.routing.reference.domain.CountyCodes;
import org.minyi.routing.reference.persistence.SeedFileCodes;
import org.minyi.routing.rules.domain.Category;
import org.minyi.routing.rules.domain.Rule;
import org.minyi.routing.rules.domain.RoutingInput;
import org.minyi.routing.rules.domain.RuleSet;
import org.minyi.routing.rules.domain.RuleValidation;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules shipped in application.yml, bound the way the service binds them (no application
 * context), checked against the county's reference data, and routing as the tables before them did.
 */
class ShippedRulesTest {

    /** Where each domain went before the rules engine: the domain table of the first version. */
    private static final Map<String, String> BY_DOMAIN = Map.ofEntries(
            Map.entry("economy", "economy"), Map.entry("agriculture", "agriculture"),
            Map.entry("environment", "environment"), Map.entry("education", "education"),
            Map.entry("health", "education"), Map.entry("science", "education"),
            Map.entry("culture", "culture-history"), Map.entry("social-security", "social-legal"),
            Map.entry("governance", "social-legal"), Map.entry("legal", "social-legal"),
            Map.entry("urban", "economy"), Map.entry("transport", "economy"),
            Map.entry("ethnic-religious", "ethnic-religious"));
    /** … and the category table, for the domains it did not name. */
    private static final Map<Category, String> BY_CATEGORY = Map.of(
            Category.MAJOR_EVENT, "social-legal", Category.HARD_PROBLEM, "economy",
            Category.DECISION_ADVICE, "proposals", Category.DAILY_LIFE, "public-opinion",
            Category.EMERGING_RISK, "social-legal", Category.STABILITY_RISK, "social-legal");

    private static RuleSet shipped;
    private static CountyCodes county;

    @BeforeAll
    static void load() throws IOException {
        List<PropertySource<?>> yaml = new YamlPropertySourceLoader()
                .load("application.yml", new ClassPathResource("application.yml"));
        List<Rule> rules = RoutingConfiguration.shippedRules(new Binder(ConfigurationPropertySources.from(yaml)));
        shipped = new RuleSet(1, rules, Instant.EPOCH, "shipped");
        county = SeedFileCodes.read(new FileSystemResource("../../deploy/demo-data/reference-data.json"));
    }

    @Test
    void theShippedRulesAreValidForTheCountysReferenceData() {
        assertThat(shipped.rules()).isNotEmpty();
        assertThat(RuleValidation.check(shipped.rules(), county)).isEmpty();
    }

    @Test
    void aDailyLifeReportOnTransportGoesToTheEconomyCommittee() {
        assertThat(route(Category.DAILY_LIFE, "transport")).isEqualTo("economy");
    }

    @Test
    void everyDomainAndCategoryGoesWhereTheTablesBeforeTheRulesSentIt() {
        for (String domain : county.domains()) {
            for (Category category : Category.values()) {
                String expected = BY_DOMAIN.getOrDefault(domain, BY_CATEGORY.get(category));
                assertThat(route(category, domain)).as("%s in %s", category, domain).isEqualTo(expected);
            }
        }
    }

    @Test
    void noReportOfTheReferenceDataIsLeftToTheOfficeByTheShippedRules() {
        for (String domain : county.domains()) {
            for (Category category : Category.values()) {
                assertThat(route(category, domain)).isNotEqualTo(CountyCodes.OFFICE);
            }
        }
    }

    private static String route(Category category, String domain) {
        return shipped.decide(RoutingInput.of(category, domain, null, "chengguan", null, "标题", "正文"), null)
                .committee();
    }
}
