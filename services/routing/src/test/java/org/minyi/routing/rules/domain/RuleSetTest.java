package org.minyi.routing.rules.domain;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minyi.routing.rules.domain.RuleFixture.AT;
import static org.minyi.routing.rules.domain.RuleFixture.countyRules;
import static org.minyi.routing.rules.domain.RuleFixture.input;
import static org.minyi.routing.rules.domain.RuleFixture.rule;

class RuleSetTest {

    private final RuleSet county = countyRules(3);

    @Nested
    class InOrder {

        @Test
        void aReportGoesToTheCommitteeOfTheFirstRuleItMeetsAndTheDecisionNamesRuleAndVersion() {
            assertThat(county.decide(input(Category.DAILY_LIFE, "health"), null))
                    .isEqualTo(new Assignment("education", "education-health", 3));
        }

        @Test
        void anEarlierRuleWinsOverALaterOne() {
            assertThat(county.decide(input(Category.DECISION_ADVICE, "legal"), null))
                    .isEqualTo(new Assignment("social-legal", "legal", 3));
            assertThat(county.decide(input(Category.DECISION_ADVICE, "other"), null))
                    .isEqualTo(new Assignment("proposals", "decision-advice", 3));
        }

        @Test
        void aDailyLifeReportOnTransportGoesToTheEconomyCommittee() {
            assertThat(county.decide(input(Category.DAILY_LIFE, "transport"), null).committee()).isEqualTo("economy");
        }

        @Test
        void aReportNoRuleTakesGoesToTheOfficesTriageQueue() {
            assertThat(county.decide(input(Category.STABILITY_RISK, "other"), null))
                    .isEqualTo(new Assignment("OFFICE", "no-match", 3));
            assertThat(new RuleSet(1, List.of(), AT, "office").decide(input(Category.DAILY_LIFE, "health"), null))
                    .isEqualTo(new Assignment("OFFICE", "no-match", 1));
        }
    }

    @Nested
    class Conditions {

        @Test
        void everyConditionARuleNamesMustHoldAndAnyValueOfAListWill() {
            Rule rule = rule("xishan-farming").townships("xishan", "gaoling").sectors("agriculture")
                    .categories(Category.HARD_PROBLEM, Category.DAILY_LIFE).to("agriculture").build();

            assertThat(rule.matches(RoutingInput.of(Category.DAILY_LIFE, "other", "agriculture", "gaoling", null, "")))
                    .isTrue();
            assertThat(rule.matches(RoutingInput.of(Category.DAILY_LIFE, "other", "agriculture", "chengguan", null, "")))
                    .as("another township").isFalse();
            assertThat(rule.matches(RoutingInput.of(Category.DAILY_LIFE, "other", null, "gaoling", null, "")))
                    .as("no sector").isFalse();
            assertThat(rule.matches(RoutingInput.of(Category.MAJOR_EVENT, "other", "agriculture", "gaoling", null, "")))
                    .as("another category").isFalse();
        }

        @Test
        void aKeywordMatchesInTheTitleOrTheTextHoweverItWasTyped() {
            Rule rule = rule("elderly").keywords("养老", "APP").to("social-legal").build();

            assertThat(rule.matches(RoutingInput.of(Category.DAILY_LIFE, "other", null, "chengguan", null,
                    "关于农村养老服务的建议", ""))).isTrue();
            assertThat(rule.matches(RoutingInput.of(Category.DAILY_LIFE, "other", null, "chengguan", null, "标题",
                    "老年人不会用医院的ａｐｐ挂号"))).as("full-width, lower case").isTrue();
            assertThat(rule.matches(RoutingInput.of(Category.DAILY_LIFE, "other", null, "chengguan", null,
                    "关于乡村学校午餐的建议", "午餐补助"))).isFalse();
        }

        @Test
        void aRuleWithoutConditionsTakesEveryReport() {
            Rule everything = rule("everything").to("public-opinion").build();

            assertThat(everything.takesEverything()).isTrue();
            assertThat(everything.matches(input(Category.MAJOR_EVENT, "other"))).isTrue();
        }
    }

    @Nested
    class Topics {

        @Test
        void aReportNamingAnAssignedTopicGoesToTheTopicsLeadCommittee() {
            TopicRoute topic = TopicRoute.assigned("2026Q2-01", List.of("agriculture", "economy"));

            assertThat(county.decide(input(Category.DAILY_LIFE, "other"), topic))
                    .isEqualTo(new Assignment("agriculture", "topic:2026Q2-01", 3));
        }

        @Test
        void amongTheTopicsCommitteesTheRulesChoose() {
            TopicRoute topic = TopicRoute.assigned("2026Q2-01", List.of("agriculture", "economy"));

            assertThat(county.decide(input(Category.DAILY_LIFE, "urban"), topic))
                    .as("urban → economy, one of the topic's committees")
                    .isEqualTo(new Assignment("economy", "urban", 3));
            assertThat(county.decide(input(Category.DAILY_LIFE, "health"), topic))
                    .as("health → education is not one of them")
                    .isEqualTo(new Assignment("agriculture", "topic:2026Q2-01", 3));
        }

        @Test
        void aRuleCanNameTheTopic() {
            RuleSet rules = new RuleSet(4, List.of(
                    rule("topic-from-hekou").topics("2026Q2-01").townships("hekou").to("economy").build()), AT, "office");
            TopicRoute topic = TopicRoute.assigned("2026Q2-01", List.of("agriculture", "economy"));

            assertThat(rules.decide(RoutingInput.of(Category.DAILY_LIFE, "other", null, "hekou", "2026Q2-01", ""), topic))
                    .isEqualTo(new Assignment("economy", "topic-from-hekou", 4));
            assertThat(rules.decide(RoutingInput.of(Category.DAILY_LIFE, "other", null, "xishan", "2026Q2-01", ""),
                    topic)).isEqualTo(new Assignment("agriculture", "topic:2026Q2-01", 4));
        }

        @Test
        void aReportNamingATopicRoutingDoesNotKnowGoesToTheOffice() {
            assertThat(county.decide(input(Category.DAILY_LIFE, "health"), TopicRoute.unknown("2026Q9-99")))
                    .isEqualTo(new Assignment("OFFICE", "topic-unknown:2026Q9-99", 3));
        }
    }
}
