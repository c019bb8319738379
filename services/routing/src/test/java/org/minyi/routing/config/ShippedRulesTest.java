package org.minyi.routing.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.minyi.routing.rules.domain.Category;
import org.minyi.routing.rules.domain.RoutingRules;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tables shipped in application.yml, bound the way the service binds them (no application
 * context), checked against the county's reference data.
 */
class ShippedRulesTest {

    private static RoutingRules rules;
    private static JsonNode reference;

    @BeforeAll
    static void load() throws IOException {
        List<PropertySource<?>> yaml = new YamlPropertySourceLoader()
                .load("application.yml", new ClassPathResource("application.yml"));
        rules = RoutingConfiguration.rules(new Binder(ConfigurationPropertySources.from(yaml)));
        reference = JsonMapper.builder().build()
                .readTree(Files.readString(Path.of("../../deploy/demo-data/reference-data.json")));
    }

    @Test
    void everyCategoryHasACommitteeAndThereIsADefault() {
        assertThat(rules.categories()).containsOnlyKeys(Category.values());
        assertThat(rules.categories().get(Category.DECISION_ADVICE)).isEqualTo("proposals");
        assertThat(rules.defaultCommittee()).isEqualTo("public-opinion");
    }

    @Test
    void domainsKeepTheirCodesAsWritten() {
        assertThat(rules.domains()).containsEntry("social-security", "social-legal")
                .containsEntry("ethnic-religious", "ethnic-religious")
                .containsEntry("health", "education")
                .doesNotContainKey("other");
    }

    @Test
    void theTablesNameOnlyCommitteesAndDomainsOfTheReferenceData() {
        Set<String> committees = codes("committees");
        Set<String> domains = codes("domains");

        assertThat(committees).containsAll(rules.domains().values()).containsAll(rules.categories().values())
                .contains(rules.defaultCommittee());
        assertThat(domains).containsAll(rules.domains().keySet());
    }

    private static Set<String> codes(String list) {
        Set<String> codes = new HashSet<>();
        reference.path(list).forEach(entry -> codes.add(entry.path("code").asString()));
        assertThat(codes).isNotEmpty();
        return codes;
    }
}
