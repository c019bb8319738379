package org.minyi.routing.rules.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;
import org.minyi.chassis.concurrency.ConcurrentWrite;
import org.minyi.routing.reference.domain.InvalidInput;
import org.minyi.routing.rules.domain.Category;
import org.minyi.routing.rules.domain.Rule;
import org.minyi.routing.rules.domain.RuleFixture;
import org.minyi.routing.rules.domain.RuleSet;
import org.minyi.routing.rules.domain.RuleSets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minyi.routing.reference.domain.CountyFixture.QINGHE;
import static org.minyi.routing.rules.domain.RuleFixture.rule;

class ManagingRulesTest {

    private final Versions store = new Versions();
    private final MovingClock clock = new MovingClock();
    private final ManagingRules rules = new ManagingRules(store, QINGHE, clock, Duration.ofSeconds(2));
    private final List<Rule> shipped = RuleFixture.countyRules(1).rules();

    @Test
    void theShippedRulesAreVersionOneAndAreNotPutInForceAgainAtTheNextStart() {
        rules.startWith(shipped);
        rules.replace(List.of(rule("all").to("public-opinion").build()), 1, "office");

        RuleSet afterRestart = new ManagingRules(store, QINGHE, clock, Duration.ofSeconds(2)).startWith(shipped);

        assertThat(afterRestart.version()).isEqualTo(2);
        assertThat(store.version(1).orElseThrow().updatedBy()).isEqualTo("shipped");
    }

    @Test
    void shippedRulesThatAreNotValidStopTheStart() {
        assertThatThrownBy(() -> rules.startWith(List.of(rule("x").to("nowhere").build())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("minyi.routing.rules");
    }

    @Test
    void theOfficeReplacesTheRulesAsTheNextVersionAndEarlierVersionsRemain() {
        rules.startWith(shipped);

        RuleSet replaced = rules.replace(List.of(
                rule("schools").keywords(" 学校 ").to("education").build(),
                rule("rest").to("public-opinion").build()), 1, "office");

        assertThat(replaced.version()).isEqualTo(2);
        assertThat(replaced.updatedBy()).isEqualTo("office");
        assertThat(replaced.rules().get(0).keywords()).as("stripped").containsExactly("学校");
        assertThat(rules.inForce().version()).as("this replica routes with it at once").isEqualTo(2);
        assertThat(rules.version(1).rules()).hasSize(shipped.size());
        assertThat(rules.history()).extracting(RuleSet::version).containsExactly(2, 1);
    }

    @Test
    void aChangeBasedOnAnOlderVersionIsRefused() {
        rules.startWith(shipped);
        rules.replace(List.of(rule("all").to("public-opinion").build()), 1, "office");

        assertThatThrownBy(() -> rules.replace(List.of(rule("mine").to("economy").build()), 1, "office"))
                .isInstanceOfSatisfying(StaleRules.class, e -> assertThat(e.currentVersion()).isEqualTo(2));
        assertThat(rules.current().version()).isEqualTo(2);
    }

    @Test
    void whenTwoChangesRaceTheSecondToStoreIsRefused() {
        rules.startWith(shipped);
        store.beforeNextAdd(() -> store.add(new RuleSet(2, List.of(), Instant.EPOCH, "other-office")));

        assertThatThrownBy(() -> rules.replace(List.of(rule("mine").to("economy").build()), null, "office"))
                .isInstanceOf(StaleRules.class);
        assertThat(rules.current().updatedBy()).isEqualTo("other-office");
    }

    @Test
    void invalidRulesAreRefusedWithEveryProblemAndNothingChanges() {
        rules.startWith(shipped);

        assertThatThrownBy(() -> rules.replace(List.of(rule("a").to("nowhere").domains("astrology").build()), 1,
                "office")).isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).hasSize(2));
        assertThat(rules.current().version()).isEqualTo(1);
    }

    @Test
    void anotherReplicasChangeIsUsedOnceTheRulesInMemoryAreStale() {
        rules.startWith(shipped);
        store.add(new RuleSet(2, List.of(rule("all").categories(Category.values()).to("economy").build()),
                Instant.EPOCH, "other-replica"));

        assertThat(rules.inForce().version()).isEqualTo(1);
        clock.advance(Duration.ofSeconds(3));
        assertThat(rules.inForce().version()).isEqualTo(2);
    }

    /** Versions kept as MongoDB keeps them: a version number is written once. */
    static final class Versions implements RuleSets {

        private final Map<Integer, RuleSet> versions = new ConcurrentHashMap<>();
        private Runnable beforeNextAdd;

        void beforeNextAdd(Runnable action) {
            beforeNextAdd = action;
        }

        @Override
        public Optional<RuleSet> current() {
            return versions.values().stream().max(Comparator.comparingInt(RuleSet::version));
        }

        @Override
        public Optional<RuleSet> version(int version) {
            return Optional.ofNullable(versions.get(version));
        }

        @Override
        public List<RuleSet> history() {
            List<RuleSet> all = new ArrayList<>(versions.values());
            all.sort(Comparator.comparingInt(RuleSet::version).reversed());
            return all;
        }

        @Override
        public void add(RuleSet rules) {
            Runnable action = beforeNextAdd;
            beforeNextAdd = null;
            if (action != null) {
                action.run();
            }
            if (versions.putIfAbsent(rules.version(), rules) != null) {
                throw new ConcurrentWrite("rules version " + rules.version() + " exists already");
            }
        }
    }

    static final class MovingClock extends Clock {

        private Instant now = Instant.parse("2026-03-15T08:30:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
