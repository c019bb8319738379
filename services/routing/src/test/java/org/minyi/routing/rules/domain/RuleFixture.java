package org.minyi.routing.rules.domain;

import java.time.Instant;
import java.util.List;

/** Rules as a county office writes them. */
public final class RuleFixture {

    public static final Instant AT = Instant.parse("2026-03-01T00:00:00Z");

    private final String id;
    private String committee = "public-opinion";
    private List<Category> categories = List.of();
    private List<String> domains = List.of();
    private List<String> sectors = List.of();
    private List<String> townships = List.of();
    private List<String> topics = List.of();
    private List<String> keywords = List.of();

    private RuleFixture(String id) {
        this.id = id;
    }

    public static RuleFixture rule(String id) {
        return new RuleFixture(id);
    }

    public RuleFixture to(String value) {
        committee = value;
        return this;
    }

    public RuleFixture categories(Category... values) {
        categories = List.of(values);
        return this;
    }

    public RuleFixture domains(String... values) {
        domains = List.of(values);
        return this;
    }

    public RuleFixture sectors(String... values) {
        sectors = List.of(values);
        return this;
    }

    public RuleFixture townships(String... values) {
        townships = List.of(values);
        return this;
    }

    public RuleFixture topics(String... values) {
        topics = List.of(values);
        return this;
    }

    public RuleFixture keywords(String... values) {
        keywords = List.of(values);
        return this;
    }

    public Rule build() {
        return new Rule(id, null, committee, categories, domains, sectors, townships, topics, keywords);
    }

    /** The county's rules: domains first, then categories, as shipped. */
    public static RuleSet countyRules(int version) {
        return new RuleSet(version, List.of(
                rule("education-health").domains("education", "health").to("education").build(),
                rule("legal").domains("legal").to("social-legal").build(),
                rule("urban").domains("urban", "transport").to("economy").build(),
                rule("daily-life").categories(Category.DAILY_LIFE).to("public-opinion").build(),
                rule("decision-advice").categories(Category.DECISION_ADVICE).to("proposals").build(),
                rule("hard-problems").categories(Category.HARD_PROBLEM).to("economy").build()), AT, "shipped");
    }

    public static RoutingInput input(Category category, String domain) {
        return RoutingInput.of(category, domain, null, "chengguan", null, "关于乡村学校午餐补助标准的建议",
                "部分乡村学校午餐补助标准多年未调整。");
    }
}
