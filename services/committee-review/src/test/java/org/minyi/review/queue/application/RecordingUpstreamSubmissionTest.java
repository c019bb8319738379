package org.minyi.review.queue.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.minyi.chassis.problem.FieldProblem;
import org.minyi.chassis.problem.InvalidInput;
import org.minyi.review.queue.domain.Actor;
import org.minyi.review.queue.domain.ReportId;
import org.minyi.review.queue.domain.ReviewItem;
import org.minyi.review.queue.domain.ReviewItemFixture;
import org.minyi.review.queue.domain.SubmissionConflict;
import org.minyi.review.queue.domain.UpstreamAdoption;
import org.minyi.review.queue.domain.UpstreamAdoptionRecorded;
import org.minyi.review.queue.domain.UpstreamSubmissionRecorded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.minyi.review.queue.domain.ReviewItemFixture.NOW;
import static org.minyi.review.queue.domain.UpstreamAdoption.Level.CITY;
import static org.minyi.review.queue.domain.UpstreamAdoption.Level.PROVINCE;

/** Recording submissions and the adoptions that answer them, through the use cases and a store. */
class RecordingUpstreamSubmissionTest {

    /** NOW is 15 March 2026 in the county. */
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

    private final InMemoryReviewItems items = new InMemoryReviewItems();
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final ZoneId county = ZoneId.of("Asia/Shanghai");
    private final RecordingUpstreamSubmission submitting = new RecordingUpstreamSubmission(items, clock, county);
    private final RecordingUpstreamAdoption adopting = new RecordingUpstreamAdoption(items, clock, county);
    private final ReviewItem adopted = items.given(ReviewItemFixture.adopted("economy"));

    @Test
    void aSubmissionIsStoredWithItsFlagInOneWriteAndARepeatWritesNothing() {
        RecordingUpstreamSubmission.Submitted first = submitting.submit(adopted.id(), CITY, TODAY, "信息专报",
                Actor.office());
        RecordingUpstreamSubmission.Submitted again = submitting.submit(adopted.id(), CITY, TODAY, "信息专报",
                Actor.office());

        assertThat(first.created()).isTrue();
        assertThat(again.created()).isFalse();
        assertThat(again.submission()).isEqualTo(first.submission());
        assertThat(items.get(adopted.id()).upstreamSubmissions()).containsExactly(first.submission());
        assertThat(items.eventsOf(adopted.id())).singleElement().isInstanceOfSatisfying(
                UpstreamSubmissionRecorded.class, e -> assertThat(e.submission()).isEqualTo(first.submission()));
        assertThat(items.get(adopted.id()).version()).as("one write").isEqualTo(adopted.version() + 1);
    }

    @Test
    void aDateInTheCountysFutureOrBefore2000IsBadInputAndNothingIsWritten() {
        assertThat(problem(() -> submitting.submit(adopted.id(), CITY, TODAY.plusDays(1), "信息专报", Actor.office())))
                .isEqualTo(tuple("submittedOn", "in_future"));
        assertThat(problem(() -> submitting.submit(adopted.id(), CITY, LocalDate.of(1999, 12, 31), "信息专报",
                Actor.office()))).isEqualTo(tuple("submittedOn", "too_early"));
        assertThat(items.get(adopted.id()).upstreamSubmissions()).isEmpty();
        assertThat(items.eventsOf(adopted.id())).isEmpty();
    }

    @Test
    void aReportTheCallerMayNotSeeIsNotFound() {
        assertThatThrownBy(() -> submitting.submit(new ReportId("nobody"), CITY, TODAY, "信息专报", Actor.office()))
                .isInstanceOf(ReportNotFound.class);
        assertThatThrownBy(() -> submitting.submit(adopted.id(), CITY, TODAY, "信息专报", Actor.reviewer("agriculture")))
                .isInstanceOf(ReportNotFound.class);
    }

    @Test
    void anotherChannelTheSameDayIsAConflictAndWritesNothing() {
        submitting.submit(adopted.id(), CITY, TODAY, "信息专报", Actor.office());

        assertThatThrownBy(() -> submitting.submit(adopted.id(), CITY, TODAY, "网络报送", Actor.office()))
                .isInstanceOf(SubmissionConflict.class);
        assertThat(items.eventsOf(adopted.id())).hasSize(1);
    }

    @Test
    void anAdoptionLinksToItsSubmissionAndAnUnanswerableOneIsBadInputNamingTheField() {
        String city = submitting.submit(adopted.id(), CITY, TODAY.minusDays(10), "信息专报", Actor.office())
                .submission().id();

        assertThat(problem(() -> adopting.record(adopted.id(), PROVINCE, UpstreamAdoption.Mode.SINGLE, TODAY, null,
                city, Actor.office()))).isEqualTo(tuple("submission", "other_level"));
        assertThat(items.eventsOf(adopted.id())).hasSize(1);

        ReviewItem answered = adopting.record(adopted.id(), CITY, UpstreamAdoption.Mode.SINGLE, TODAY, null, null,
                Actor.office());

        assertThat(answered.upstreamAdoptions()).singleElement()
                .satisfies(a -> assertThat(a.submission()).isEqualTo(city));
        assertThat(items.eventsOf(adopted.id()).get(1)).isInstanceOfSatisfying(UpstreamAdoptionRecorded.class,
                e -> assertThat(e.adoption().submission()).isEqualTo(city));
    }

    private static Tuple problem(Runnable call) {
        try {
            call.run();
        } catch (InvalidInput e) {
            FieldProblem only = e.problems().get(0);
            assertThat(e.problems()).hasSize(1);
            return tuple(only.field(), only.code());
        }
        throw new AssertionError("no bad input found");
    }
}
