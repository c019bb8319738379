package org.minyi.intake.report.application;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.minyi.chassis.problem.InvalidInput;
import org.minyi.intake.report.domain.Actor;
import org.minyi.intake.report.domain.CountyLimits;
import org.minyi.intake.report.domain.DuplicatePolicy;
import org.minyi.intake.report.domain.MinHash;
import org.minyi.intake.report.domain.PossibleDuplicate;
import org.minyi.intake.report.domain.QualityPolicy;
import org.minyi.intake.report.domain.Report;
import org.minyi.intake.report.domain.ReportContent;
import org.minyi.intake.report.domain.ReportId;
import org.minyi.intake.report.domain.Signature;
import org.minyi.intake.report.domain.SimilarReports;
import org.minyi.intake.report.domain.SimilarityIndex;
import org.minyi.intake.report.domain.SubmissionRefused;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minyi.intake.report.domain.ContentBuilder.reportOf;

class SubmittingReportTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Instant NOW = Instant.parse("2026-03-15T08:30:00Z");

    private final MutableClock clock = new MutableClock(NOW);
    private final InMemoryReports reports = new InMemoryReports();
    private final SubmittingReport submitting = submitting(reports, clock);
    private final ExecutorService pool = Executors.newFixedThreadPool(16);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Nested
    class TrackingNumbers {

        @Test
        void theNumbersOfAYearRunFromOne() {
            for (int i = 0; i < 5; i++) {
                submit(Actor.station("chengguan"), reportOf("chengguan").build(), null);
            }

            assertThat(reports.trackingNumbers()).containsExactly("SQ-2026-000001", "SQ-2026-000002",
                    "SQ-2026-000003", "SQ-2026-000004", "SQ-2026-000005");
        }

        @Test
        void submissionsDoNotWaitOnOneAnother() throws Exception {
            reports.insertsMeetInGroupsOf(8, Duration.ofSeconds(10));
            List<Callable<Report>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(() -> submit(Actor.station("chengguan"), reportOf("chengguan").build(), null));
            }

            for (Future<Report> answer : pool.invokeAll(calls)) {
                assertThat(answer.get().trackingNumber().value()).startsWith("SQ-2026-");
            }
            assertThat(reports.trackingNumbers()).hasSize(8).doesNotHaveDuplicates();
        }

        @Test
        void aSubmissionTheDatabaseDidNotStoreLeavesAGapAndNothingElse() {
            submit(Actor.station("chengguan"), reportOf("chengguan").build(), null);
            reports.failNextAdds(1);

            assertThatThrownBy(() -> submit(Actor.station("chengguan"), reportOf("chengguan").build(), null))
                    .hasMessageContaining("database");
            Report next = submit(Actor.station("chengguan"), reportOf("chengguan").build(), null);

            assertThat(next.trackingNumber().value()).isEqualTo("SQ-2026-000003");
            assertThat(reports.trackingNumbers()).containsExactly("SQ-2026-000001", "SQ-2026-000003");
        }

        @Test
        void aRepeatOrARefusedSubmissionTakesNoNumber() {
            submit(Actor.station("chengguan"), reportOf("chengguan").build(), "key-1");
            submit(Actor.station("chengguan"), reportOf("chengguan").build(), "key-1");
            assertThatThrownBy(() -> submit(Actor.station("chengguan"), reportOf("xishan").build(), null))
                    .isInstanceOf(SubmissionRefused.class);
            assertThatThrownBy(() -> submit(Actor.station("chengguan"), reportOf("chengguan").domain("astrology")
                    .build(), null)).isInstanceOf(InvalidInput.class);

            Report next = submit(Actor.station("chengguan"), reportOf("chengguan").build(), null);

            assertThat(next.trackingNumber().value()).isEqualTo("SQ-2026-000002");
        }

        @Test
        void aCounterBehindTheStoredReportsIsRaisedPastThem() {
            for (int i = 0; i < 40; i++) {
                submit(Actor.station("chengguan"), reportOf("chengguan").build(), null);
            }
            reports.loseTheCounters();

            Report next = submit(Actor.station("chengguan"), reportOf("chengguan").build(), null);

            assertThat(next.trackingNumber().value()).isEqualTo("SQ-2026-000041");
        }

        @Test
        void concurrentSubmissionsTakeIncreasingNumbersAndNoneTwice() throws Exception {
            List<Callable<Report>> calls = new ArrayList<>();
            for (int i = 0; i < 160; i++) {
                String township = i % 2 == 0 ? "chengguan" : "xishan";
                calls.add(() -> submit(Actor.station(township), reportOf(township).build(), null));
            }
            reports.failNextAdds(5);

            int stored = 0;
            for (Future<Report> answer : pool.invokeAll(calls)) {
                try {
                    answer.get();
                    stored++;
                } catch (ExecutionException e) {
                    assertThat(e.getCause()).hasMessageContaining("database");
                }
            }

            assertThat(stored).isEqualTo(155);
            assertThat(reports.trackingNumbers()).hasSize(155).doesNotHaveDuplicates()
                    .allSatisfy(number -> assertThat(Long.parseLong(number.substring(8))).isBetween(1L, 160L));
        }

        @Test
        void parallelRepeatsUnderOneKeyCreateOneReport() throws Exception {
            List<Callable<Report>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(() -> submit(Actor.station("chengguan"), reportOf("chengguan").build(), "same-key"));
            }

            List<String> ids = new ArrayList<>();
            for (Future<Report> answer : pool.invokeAll(calls)) {
                ids.add(answer.get().id().value());
            }

            assertThat(ids).containsOnly(ids.get(0));
            assertThat(reports.trackingNumbers()).hasSize(1);
        }

        @Test
        void aNewYearInTheCountysTimeZoneStartsAtOne() {
            submit(Actor.station("chengguan"), reportOf("chengguan").build(), null);
            clock.set(Instant.parse("2026-12-31T16:30:00Z"));

            Report first = submit(Actor.station("chengguan"), reportOf("chengguan").build(), null);

            assertThat(first.trackingNumber().value()).as("00:30 on 1 January in Beijing time")
                    .isEqualTo("SQ-2027-000001");
        }
    }

    @Nested
    class IdempotencyKeys {

        @Test
        void aRepeatAfterADayOrAYearGetsTheFirstAnswer() {
            Report first = submit(Actor.station("chengguan"), reportOf("chengguan").build(), "monday-report");

            clock.advance(Duration.ofHours(25));
            SubmittingReport.Submitted nextDay = submitting.submit(command("monday-report"));
            clock.advance(Duration.ofDays(400));
            SubmittingReport.Submitted nextYear = submitting.submit(command("monday-report"));

            assertThat(nextDay.replayed()).isTrue();
            assertThat(nextDay.report().id()).isEqualTo(first.id());
            assertThat(nextYear.report().id()).isEqualTo(first.id());
            assertThat(reports.trackingNumbers()).hasSize(1);
        }

        @Test
        void theSameKeyWithAnotherBodyIsRefusedEvenADayLater() {
            submit(Actor.station("chengguan"), reportOf("chengguan").build(), "monday-report");
            clock.advance(Duration.ofHours(25));

            assertThatThrownBy(() -> submitting.submit(new SubmitReport(reportOf("chengguan").title("另一份信息").build(),
                    Actor.station("chengguan"), "monday-report")))
                    .isInstanceOf(IdempotencyKeyReused.class);
        }

        @Test
        void keysBelongToTheirCaller() {
            Report mine = submit(Actor.station("chengguan"), reportOf("chengguan").authors("m0001").build(), "k");
            Report theirs = submit(Actor.member("m0001"), reportOf("chengguan").authors("m0001").build(), "k");

            assertThat(theirs.id()).isNotEqualTo(mine.id());
        }

        private SubmitReport command(String key) {
            return new SubmitReport(reportOf("chengguan").build(), Actor.station("chengguan"), key);
        }
    }

    @Nested
    class Quality {

        private static final String SITUATION = "今年以来，城关镇有3条农村客运班线因客流不足停运，沿线6个行政村群众出行困难，"
                + "老人看病、学生上学只能搭乘摩托车或步行。";
        private static final String AGAIN = "城关镇今年有三条农村客运班线因坐车的人少停运，沿线6个行政村群众出行困难，"
                + "老人看病、学生上学只能坐摩托车或者走路。";

        @Test
        void aSimilarReportOfTheLastNinetyDaysIsLinkedWithItsSimilarity() {
            Report first = submit(Actor.station("chengguan"), bus("chengguan", SITUATION), null);
            clock.advance(Duration.ofDays(89));

            Report again = submit(Actor.station("xishan"), bus("xishan", AGAIN), null);

            List<PossibleDuplicate> linked = again.assessment().quality().possibleDuplicates();
            assertThat(linked).singleElement().satisfies(d -> {
                assertThat(d.reportId()).isEqualTo(first.id());
                assertThat(d.trackingNumber()).isEqualTo(first.trackingNumber());
                assertThat(d.similarity()).isGreaterThan(0.3);
            });
            assertThat(first.assessment().quality().possibleDuplicates()).isEmpty();
        }

        @Test
        void aReportOlderThanNinetyDaysIsNoLongerLinked() {
            submit(Actor.station("chengguan"), bus("chengguan", SITUATION), null);
            clock.advance(Duration.ofDays(91));

            Report again = submit(Actor.station("chengguan"), bus("chengguan", AGAIN), null);

            assertThat(again.assessment().quality().possibleDuplicates()).isEmpty();
        }

        @Test
        void aSimilarReportOfAnotherCountyIsNotLinked() {
            submit(Actor.station("chengguan"), bus("chengguan", SITUATION), null);

            Report elsewhere = submit(Actor.station("dongpo"), bus("dongpo", AGAIN), null);

            assertThat(elsewhere.assessment().county()).isEqualTo("dongpo-county");
            assertThat(elsewhere.assessment().quality().possibleDuplicates()).isEmpty();
        }

        private static ReportContent bus(String township, String situation) {
            return reportOf(township).title("关于农村客运班线停运的建议")
                    .text(situation, "建议优化补贴机制，推行预约响应式公交。").build();
        }
    }

    private Report submit(Actor actor, ReportContent content, String key) {
        return submitting.submit(new SubmitReport(content, actor, key)).report();
    }

    static SubmittingReport submitting(InMemoryReports reports, MutableClock clock) {
        CountyReference reference = new CountyReference();
        Counties counties = new Counties(reference, "qinghe");
        SimilarityIndex index = SimilarityIndex.standard();
        SimilarReports similar = new SimilarReports() {
            @Override
            public List<PossibleDuplicate> similarTo(String county, Signature signature, ReportId excluding,
                                                     Instant since, double threshold, int limit) {
                return index.similarTo(county, signature, excluding, since, threshold, limit);
            }

            @Override
            public void remember(SimilarityIndex.Entry entry) {
                index.add(entry);
            }
        };
        AssessingQuality quality = new AssessingQuality(QualityPolicy.STANDARD, CountyLimits.standard(), counties,
                MinHash.STANDARD, DuplicatePolicy.STANDARD, similar, ZONE);
        return new SubmittingReport(reports, reports, new SubmissionValidation(reference, counties,
                CountyLimits.standard(), clock, ZONE), quality, clock, ZONE);
    }
}
