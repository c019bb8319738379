package org.minyi.routing.rules.domain;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minyi.routing.reference.domain.CountyFixture.QINGHE;
import static org.minyi.routing.rules.domain.RuleFixture.countyRules;
import static org.minyi.routing.rules.domain.RuleFixture.rule;

class RuleValidationTest {

    @Test
    void theCountysRulesAreValid() {
        assertThat(problems(countyRules(1).rules())).isEmpty();
    }

    @Test
    void theOfficesTriageQueueIsAValidTarget() {
        assertThat(problems(List.of(rule("to-office").keywords("上访").to("OFFICE").build()))).isEmpty();
    }

    @Test
    void everyProblemIsNamedWithItsPlace() {
        List<Rule> rules = List.of(
                rule("Bad Id").to("economy").domains("urban").build(),
                rule("urban").to("教科卫体").domains("urban", "astrology").build(),
                rule("urban").to("economy").sectors("guild").townships("atlantis").topics("季度一").build(),
                rule("no-match").to("economy").keywords("", "很".repeat(31)).build(),
                new Rule(null, "说".repeat(201), null, null, null, null, null, null, null));

        assertThat(problems(rules)).containsExactly(
                "rules[0].id:bad_code",
                "rules[1].committee:unknown_code",
                "rules[1].domains[1]:unknown_code",
                "rules[2].id:duplicate",
                "rules[2].sectors[0]:unknown_code",
                "rules[2].townships[0]:unknown_code",
                "rules[2].topics[0]:bad_code",
                "rules[3].id:reserved",
                "rules[3].keywords[0]:required",
                "rules[3].keywords[1]:too_long",
                "rules[4].id:required",
                "rules[4].committee:required",
                "rules[4].description:too_long");
    }

    @Test
    void aRuleAfterOneThatTakesEverythingCouldNeverMatch() {
        List<Rule> rules = List.of(
                rule("urban").domains("urban").to("economy").build(),
                rule("everything-else").to("public-opinion").build(),
                rule("legal").domains("legal").to("social-legal").build());

        assertThat(problems(rules)).containsExactly("rules[2]:unreachable");
    }

    @Test
    void thereIsALimitToTheRulesAndTheirKeywords() {
        List<Rule> many = new ArrayList<>();
        for (int i = 0; i < RuleValidation.MAX_RULES + 1; i++) {
            many.add(rule("r" + i).keywords("词" + i).to("economy").build());
        }
        String[] keywords = new String[RuleValidation.MAX_KEYWORDS + 1];
        for (int i = 0; i < keywords.length; i++) {
            keywords[i] = "词" + i;
        }

        assertThat(problems(many)).containsExactly("rules:too_many");
        assertThat(problems(List.of(rule("words").keywords(keywords).to("economy").build())))
                .containsExactly("rules[0].keywords:too_many");
        assertThat(problems(null)).containsExactly("rules:required");
    }

    private static List<String> problems(List<Rule> rules) {
        return RuleValidation.check(rules, QINGHE).stream().map(p -> p.field() + ":" + p.code()).toList();
    }
}
