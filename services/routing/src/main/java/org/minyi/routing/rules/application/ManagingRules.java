package org.minyi.routing.rules.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.minyi.chassis.concurrency.ConcurrentWrite;
import org.minyi.routing.reference.domain.CountyCodes;
import org.minyi.routing.reference.domain.FieldProblem;
import org.minyi.routing.reference.domain.InvalidInput;
import org.minyi.routing.rules.domain.Rule;
import org.minyi.routing.rules.domain.RuleSet;
import org.minyi.routing.rules.domain.RuleSets;
import org.minyi.routing.rules.domain.RuleValidation;

/**
 * The office reads and replaces the routing rules; routing reads the rules in force. A replacement is
 * validated as a whole and stored as the next version (the store refuses a second writer of the same
 * version, so two offices replacing at once cannot both win). Routing decisions read the rules in
 * force from memory, refreshed every {@code freshFor}, so that another replica's change takes effect
 * within that time and this replica's at once.
 */
public final class ManagingRules {

    public static final String SHIPPED = "shipped";

    private final RuleSets ruleSets;
    private final CountyCodes codes;
    private final Clock clock;
    private final Duration freshFor;
    private volatile Cached cached;

    public ManagingRules(RuleSets ruleSets, CountyCodes codes, Clock clock, Duration freshFor) {
        this.ruleSets = ruleSets;
        this.codes = codes;
        this.clock = clock;
        this.freshFor = freshFor;
    }

    /**
     * Puts the shipped rules in force as version 1 when no version exists yet.
     *
     * @throws IllegalStateException when the shipped rules are not valid for the county
     */
    public RuleSet startWith(List<Rule> shipped) {
        List<Rule> rules = shipped.stream().map(Rule::normalised).toList();
        List<FieldProblem> problems = RuleValidation.check(rules, codes);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the shipped routing rules (minyi.routing.rules) are not valid: " + problems);
        }
        if (ruleSets.current().isEmpty()) {
            try {
                ruleSets.add(new RuleSet(1, rules, clock.instant(), SHIPPED));
            } catch (ConcurrentWrite e) {
                // another replica started first
            }
        }
        return refresh();
    }

    /** The rules in force, from memory when fresh. */
    public RuleSet inForce() {
        Cached now = cached;
        if (now == null || now.readAt().plus(freshFor).isBefore(clock.instant())) {
            return refresh();
        }
        return now.rules();
    }

    /** The rules in force, read from the store. */
    public RuleSet current() {
        return refresh();
    }

    public RuleSet version(int version) {
        return ruleSets.version(version).orElseThrow(() -> new RulesNotFound(version));
    }

    public List<RuleSet> history() {
        return ruleSets.history();
    }

    /**
     * Replaces the rules in force with {@code rules}, as the next version.
     *
     * @param basedOn the version the office edited, or {@code null} to replace whatever is in force
     * @throws InvalidInput naming every problem of the rules
     * @throws StaleRules   when {@code basedOn} is no longer in force, or another change won the race
     */
    public RuleSet replace(List<Rule> rules, Integer basedOn, String by) {
        List<Rule> normalised = rules == null ? null : rules.stream().map(r -> r == null ? null : r.normalised()).toList();
        List<FieldProblem> problems = RuleValidation.check(normalised, codes);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        RuleSet current = current();
        if (basedOn != null && basedOn != current.version()) {
            throw new StaleRules(basedOn, current.version());
        }
        RuleSet next = new RuleSet(current.version() + 1, normalised, clock.instant(), by);
        try {
            ruleSets.add(next);
        } catch (ConcurrentWrite e) {
            throw new StaleRules(current.version(), current().version());
        }
        cached = new Cached(next, clock.instant());
        return next;
    }

    private RuleSet refresh() {
        RuleSet rules = ruleSets.current().orElseThrow(() -> new IllegalStateException("no routing rules in force"));
        cached = new Cached(rules, clock.instant());
        return rules;
    }

    private record Cached(RuleSet rules, Instant readAt) {
    }
}
