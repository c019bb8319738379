package org.minyi.routing.topic.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;
import org.minyi.routing.reference.domain.InvalidInput;
import org.minyi.routing.topic.domain.Coverage;
import org.minyi.routing.topic.domain.Topic;
import org.minyi.routing.topic.domain.TopicClosed;
import org.minyi.routing.topic.domain.TopicCoverage;
import org.minyi.routing.topic.domain.TopicNotFound;
import org.minyi.routing.topic.domain.Topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minyi.routing.reference.domain.CountyFixture.QINGHE;

class RecordingTopicsTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-04-01T02:00:00Z"), ZONE);

    private final Kept topics = new Kept();
    private final RecordingTopics recording = new RecordingTopics(topics, QINGHE, CLOCK, ZONE);
    private final FindingTopics finding = new FindingTopics(topics, new TopicCoverage() {
        @Override
        public Map<String, Coverage> of(Collection<String> ids) {
            return Map.of("2026Q2-01", new Coverage(3, 1));
        }

        @Override
        public Coverage.Breakdown breakdown(String topicId) {
            return new Coverage.Breakdown(Map.of("agriculture", new Coverage(3, 1)),
                    Map.of("chengguan", new Coverage(2, 1), "hekou", new Coverage(1, 0)));
        }
    }, CLOCK, ZONE);

    @Test
    void topicsAreNumberedWithinTheirQuarterUnlessTheOfficeGivesACode() {
        Topic first = recording.record(topic(null, "2026Q2"), "office");
        Topic second = recording.record(topic(null, "2026Q2"), "office");
        Topic own = recording.record(topic("rural-roads", "2026Q2"), "office");
        Topic nextQuarter = recording.record(topic(null, "2026Q3"), "office");

        assertThat(List.of(first.id(), second.id(), own.id(), nextQuarter.id()))
                .containsExactly("2026Q2-01", "2026Q2-02", "rural-roads", "2026Q3-01");
        assertThat(first.committees()).containsExactly("agriculture", "economy");
        assertThat(first.createdBy()).isEqualTo("office");
    }

    @Test
    void aNumberTakenMeanwhileIsSkipped() {
        topics.add(new Topic("2026Q2-01", "先到", null, "2026Q2", List.of("economy"), LocalDate.of(2026, 6, 30),
                Instant.EPOCH, "office"));
        topics.hideCount();

        assertThat(recording.record(topic(null, "2026Q2"), "office").id()).isEqualTo("2026Q2-02");
    }

    @Test
    void aCodeTheOfficeGaveTwiceIsRefused() {
        recording.record(topic("rural-roads", "2026Q2"), "office");

        assertThatThrownBy(() -> recording.record(topic("rural-roads", "2026Q2"), "office"))
                .isInstanceOf(Topics.TopicTaken.class);
    }

    @Test
    void everyBadFieldIsNamed() {
        RecordingTopics.NewTopic bad = new RecordingTopics.NewTopic("季度一", " ", "说".repeat(1001), "2026Q5",
                List.of("economy", "economy", "OFFICE"), LocalDate.of(2026, 3, 31));

        assertThatThrownBy(() -> recording.record(bad, "office")).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.problems()).extracting(p -> p.field() + ":" + p.code()).containsExactly(
                        "code:bad_code", "title:required", "description:too_long", "quarter:bad_value",
                        "committees[1]:duplicate", "committees[2]:unknown_code", "deadline:in_past"));
        assertThatThrownBy(() -> recording.record(new RecordingTopics.NewTopic(null, "题", null, null, List.of(), null),
                "office")).isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                .extracting(p -> p.field() + ":" + p.code())
                .containsExactly("quarter:required", "committees:required", "deadline:required"));
    }

    @Test
    void aTopicShowsItsCoverageAndWhetherItIsStillOpen() {
        recording.record(topic(null, "2026Q2"), "office");

        FindingTopics.Covered found = finding.get("2026Q2-01");

        assertThat(found.coverage()).isEqualTo(new Coverage(3, 1));
        assertThat(found.topic().isOpenOn(finding.today())).isTrue();
        assertThat(found.topic().isOpenOn(LocalDate.of(2026, 7, 1))).isFalse();
        assertThatThrownBy(() -> finding.get("2026Q2-09")).isInstanceOf(TopicNotFound.class);
    }

    @Test
    void theOfficeRewritesAnOpenTopicKeepingItsCodeAndQuarter() {
        Topic recorded = recording.record(topic(null, "2026Q2"), "office");

        Topic edited = recording.edit(recorded.id(), new RecordingTopics.EditedTopic(" 关于农村集体经济的情况 ", null,
                List.of("economy"), LocalDate.of(2026, 7, 15)), "office-2");

        assertThat(edited.id()).isEqualTo("2026Q2-01");
        assertThat(edited.quarter()).isEqualTo("2026Q2");
        assertThat(edited.title()).isEqualTo("关于农村集体经济的情况");
        assertThat(edited.committees()).containsExactly("economy");
        assertThat(edited.deadline()).isEqualTo(LocalDate.of(2026, 7, 15));
        assertThat(edited.updatedBy()).isEqualTo("office-2");
        assertThat(edited.version()).isEqualTo(1);
        assertThat(topics.find(recorded.id())).contains(edited);
        assertThat(finding.get(recorded.id()).breakdown().byTownship()).containsKeys("chengguan", "hekou");
    }

    @Test
    void aBadEditIsRefusedNamingEveryFieldAndChangesNothing() {
        Topic recorded = recording.record(topic(null, "2026Q2"), "office");

        assertThatThrownBy(() -> recording.edit(recorded.id(), new RecordingTopics.EditedTopic("", null,
                List.of("nobody"), LocalDate.of(2026, 3, 1)), "office"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field() + ":" + p.code())
                        .containsExactly("title:required", "committees[0]:unknown_code", "deadline:in_past"));
        assertThat(topics.find(recorded.id())).contains(recorded);
        assertThatThrownBy(() -> recording.edit("2026Q2-09", new RecordingTopics.EditedTopic("题", null,
                List.of("economy"), LocalDate.of(2026, 6, 30)), "office")).isInstanceOf(TopicNotFound.class);
    }

    @Test
    void aClosedTopicIsNoLongerOpenAndCannotBeEditedOrClosedAgain() {
        Topic recorded = recording.record(topic(null, "2026Q2"), "office");

        Topic closed = recording.close(recorded.id(), "office");

        assertThat(closed.closedOn()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(closed.isOpenOn(LocalDate.of(2026, 4, 1))).isFalse();
        assertThat(closed.deadline()).isEqualTo(recorded.deadline());
        assertThatThrownBy(() -> recording.close(recorded.id(), "office")).isInstanceOf(TopicClosed.class);
        assertThatThrownBy(() -> recording.edit(recorded.id(), new RecordingTopics.EditedTopic("题", null,
                List.of("economy"), LocalDate.of(2026, 6, 30)), "office")).isInstanceOf(TopicClosed.class);
        assertThat(topics.find(recorded.id())).contains(closed);
    }

    @Test
    void aChangeMadeMeanwhileIsNotOverwritten() {
        Topic recorded = recording.record(topic(null, "2026Q2"), "office");
        Topic someoneElses = recorded.edit("别人改的", null, List.of("economy"), recorded.deadline(), Instant.EPOCH,
                "office-2");
        topics.update(someoneElses, 0);

        assertThatThrownBy(() -> topics.update(recorded.close(LocalDate.of(2026, 4, 1), Instant.EPOCH, "office"), 0))
                .isInstanceOf(Topics.ChangedMeanwhile.class);
        assertThat(topics.find(recorded.id())).contains(someoneElses);
    }

    private static RecordingTopics.NewTopic topic(String code, String quarter) {
        return new RecordingTopics.NewTopic(code, "  关于乡村振兴中农村集体经济发展的情况  ", "请各专委会组织委员调研反映",
                quarter, List.of("agriculture", "economy"), LocalDate.of(2026, 6, 30));
    }

    /** Topics kept as MongoDB keeps them: a code once. */
    static final class Kept implements Topics {

        private final Map<String, Topic> byId = new ConcurrentHashMap<>();
        private boolean hideCount;

        void hideCount() {
            hideCount = true;
        }

        @Override
        public Optional<Topic> find(String id) {
            return Optional.ofNullable(byId.get(id));
        }

        @Override
        public void add(Topic topic) {
            if (byId.putIfAbsent(topic.id(), topic) != null) {
                throw new TopicTaken(topic.id());
            }
        }

        @Override
        public Page list(String quarter, LocalDate openOn, int page, int size) {
            List<Topic> all = new ArrayList<>(byId.values());
            return new Page(all, page, size, all.size());
        }

        @Override
        public void update(Topic topic, long readVersion) {
            Topic stored = byId.get(topic.id());
            if (stored == null || stored.version() != readVersion
                    || !byId.replace(topic.id(), stored, topic)) {
                throw new ChangedMeanwhile(topic.id());
            }
        }

        @Override
        public long countInQuarter(String quarter) {
            return hideCount ? 0 : byId.values().stream().filter(t -> t.quarter().equals(quarter)).count();
        }
    }
}
