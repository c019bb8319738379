package org.minyi.review.queue.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.minyi.review.queue.domain.ReviewItemFixture.LEADERS;
import static org.minyi.review.queue.domain.ReviewItemFixture.NOW;
import static org.minyi.review.queue.domain.ReviewItemFixture.adopted;
import static org.minyi.review.queue.domain.ReviewItemFixture.announced;
import static org.minyi.review.queue.domain.ReviewItemFixture.underReview;
import static org.minyi.review.queue.domain.UpstreamAdoption.Level.CITY;
import static org.minyi.review.queue.domain.UpstreamAdoption.Level.NATIONAL;
import static org.minyi.review.queue.domain.UpstreamAdoption.Level.PROVINCE;

/** Sending up to higher CPPCCs (报送) and linking their adoptions to what was sent, on the review item alone. */
class UpstreamSubmissionsTest {

    private static final Actor OFFICE = Actor.office();
    private static final LocalDate MAY_4 = LocalDate.of(2026, 5, 4);
    private static final LocalDate JUNE_1 = LocalDate.of(2026, 6, 1);

    @Nested
    class Submitting {

        @Test
        void sendingAnAdoptedReportUpIsRecordedAtTheCurrentSequenceWithoutChangingItsStatus() {
            ReviewItem item = adopted("economy");
            item.sendToLeaders(LEADERS, OFFICE, NOW);
            item.observe(announced(ReportStatus.INSTRUCTED, 9));

            UpstreamSubmissionRecorded recorded = item.submitUpstream(PROVINCE, MAY_4, "信息专报", OFFICE, NOW)
                    .orElseThrow();

            assertThat(recorded.sequence()).isEqualTo(9);
            assertThat(recorded.actor()).isEqualTo(OFFICE);
            assertThat(item.sequence()).isEqualTo(9);
            assertThat(item.status()).isEqualTo(ReportStatus.SENT_TO_LEADERS);
            assertThat(item.upstreamSubmissions()).singleElement().satisfies(s -> {
                assertThat(s).isEqualTo(recorded.submission());
                assertThat(s.level()).isEqualTo(PROVINCE);
                assertThat(s.submittedOn()).isEqualTo(MAY_4);
                assertThat(s.channel()).isEqualTo("信息专报");
                assertThat(s.submittedBy()).isEqualTo("office");
                assertThat(s.id()).isNotBlank();
            });
        }

        @Test
        void aReportGoesToSeveralLevelsAndDaysButOnceALevelADay() {
            ReviewItem item = adopted("economy");
            item.submitUpstream(CITY, MAY_4, "信息专报", OFFICE, NOW);
            item.submitUpstream(PROVINCE, MAY_4, "信息专报", OFFICE, NOW);
            item.submitUpstream(CITY, JUNE_1, "网络报送", OFFICE, NOW);

            assertThat(item.upstreamSubmissions()).extracting(UpstreamSubmission::level, UpstreamSubmission::submittedOn)
                    .containsExactly(tuple(CITY, MAY_4),
                            tuple(PROVINCE, MAY_4),
                            tuple(CITY, JUNE_1));
        }

        @Test
        void theSameLineAgainIsARepeatThatAnnouncesNothing() {
            ReviewItem item = adopted("economy");
            UpstreamSubmission first = item.submitUpstream(CITY, MAY_4, "信息专报", OFFICE, NOW).orElseThrow()
                    .submission();

            assertThat(item.submitUpstream(CITY, MAY_4, "信息专报", OFFICE, NOW.plusSeconds(60))).isEmpty();
            assertThat(item.upstreamSubmissions()).containsExactly(first);
        }

        @Test
        void anotherChannelForTheSameLevelAndDayIsAConflictNamingTheLineInTheWay() {
            ReviewItem item = adopted("economy");
            UpstreamSubmission first = item.submitUpstream(CITY, MAY_4, "信息专报", OFFICE, NOW).orElseThrow()
                    .submission();

            assertThatThrownBy(() -> item.submitUpstream(CITY, MAY_4, "网络报送", OFFICE, NOW))
                    .isInstanceOfSatisfying(SubmissionConflict.class, e -> {
                        assertThat(e.submissionId()).isEqualTo(first.id());
                        assertThat(e.current()).isEqualTo(ReportStatus.ADOPTED);
                    });
            assertThat(item.upstreamSubmissions()).containsExactly(first);
        }

        @Test
        void onlyAnAdoptedReportIsSentUpAndOnlyByTheOffice() {
            assertThatThrownBy(() -> underReview("economy").submitUpstream(CITY, MAY_4, "信息专报", OFFICE, NOW))
                    .isInstanceOfSatisfying(IllegalTransition.class,
                            e -> assertThat(e.current()).isEqualTo(ReportStatus.UNDER_REVIEW));
            assertThatThrownBy(() -> adopted("economy").submitUpstream(CITY, MAY_4, "信息专报",
                    Actor.reviewer("economy"), NOW)).isInstanceOf(ReviewRefused.class);
            ReviewItem merged = underReview("economy");
            merged.mergeInto(new ReportId("composite"), OFFICE, NOW);
            assertThatThrownBy(() -> merged.submitUpstream(CITY, MAY_4, "信息专报", OFFICE, NOW))
                    .isInstanceOfSatisfying(IllegalTransition.class,
                            e -> assertThat(e.current()).isEqualTo(ReportStatus.MERGED));
        }

        @Test
        void aTransferredReportIsStillSentUp() {
            ReviewItem item = adopted("economy");
            item.transfer("请研究办理", List.of(UnitAssignment.lead("finance", JUNE_1)), OFFICE, NOW);

            assertThat(item.submitUpstream(NATIONAL, MAY_4, "信息专报", OFFICE, NOW)).isPresent();
        }
    }

    @Nested
    class Answering {

        @Test
        void anAdoptionAnswersTheSubmissionItNames() {
            ReviewItem item = adopted("economy");
            UpstreamSubmission may = submit(item, CITY, MAY_4);
            submit(item, CITY, JUNE_1);

            UpstreamAdoptionRecorded recorded = item.recordUpstreamAdoption(adoption(CITY, JUNE_1.plusDays(3)),
                    may.id(), OFFICE, NOW);

            assertThat(recorded.adoption().submission()).isEqualTo(may.id());
            assertThat(item.answerTo(may)).contains(recorded.adoption());
        }

        @Test
        void anAdoptionNamingNoneAnswersTheLatestUnansweredSubmissionOfItsLevelSentByThen() {
            ReviewItem item = adopted("economy");
            UpstreamSubmission may = submit(item, CITY, MAY_4);
            UpstreamSubmission june = submit(item, CITY, JUNE_1);
            UpstreamSubmission later = submit(item, CITY, JUNE_1.plusDays(20));
            submit(item, PROVINCE, JUNE_1.plusDays(1));

            UpstreamAdoption first = item.recordUpstreamAdoption(adoption(CITY, JUNE_1.plusDays(5)), OFFICE, NOW)
                    .adoption();
            UpstreamAdoption second = item.recordUpstreamAdoption(adoption(CITY, JUNE_1.plusDays(6)), OFFICE, NOW)
                    .adoption();

            assertThat(first.submission()).as("June's, not the one sent after the adoption").isEqualTo(june.id());
            assertThat(second.submission()).as("June's is answered: May's is the latest left").isEqualTo(may.id());
            assertThat(item.answerTo(later)).isEmpty();
        }

        @Test
        void anAdoptionOfALevelNeverSentToIsStillRecordedAnsweringNothing() {
            ReviewItem item = adopted("economy");
            UpstreamSubmission city = submit(item, CITY, MAY_4);

            UpstreamAdoptionRecorded recorded = item.recordUpstreamAdoption(adoption(NATIONAL, JUNE_1), OFFICE, NOW);

            assertThat(recorded.adoption().submission()).isNull();
            assertThat(item.upstreamAdoptions()).hasSize(1);
            assertThat(item.answerTo(city)).isEmpty();
        }

        @Test
        void anAdoptionCannotAnswerASubmissionOfAnotherReportOrLevelOrOneSentAfterIt() {
            ReviewItem item = adopted("economy");
            UpstreamSubmission city = submit(item, CITY, JUNE_1);

            assertThat(refusal(item, adoption(CITY, JUNE_1), "not-one-of-ours"))
                    .isEqualTo(new RuleNamed("submission", "unknown"));
            assertThat(refusal(item, adoption(PROVINCE, JUNE_1), city.id()))
                    .isEqualTo(new RuleNamed("submission", "other_level"));
            assertThat(refusal(item, adoption(CITY, MAY_4), city.id()))
                    .isEqualTo(new RuleNamed("adoptedOn", "before_submission"));
            assertThat(item.upstreamAdoptions()).isEmpty();
        }

        @Test
        void aSubmissionIsAnsweredOnce() {
            ReviewItem item = adopted("economy");
            UpstreamSubmission city = submit(item, CITY, MAY_4);
            item.recordUpstreamAdoption(adoption(CITY, JUNE_1), city.id(), OFFICE, NOW);

            assertThatThrownBy(() -> item.recordUpstreamAdoption(
                    new UpstreamAdoption(CITY, UpstreamAdoption.Mode.FORWARDED, JUNE_1, null, "office", NOW),
                    city.id(), OFFICE, NOW))
                    .isInstanceOfSatisfying(SubmissionConflict.class,
                            e -> assertThat(e.submissionId()).isEqualTo(city.id()));
            UpstreamAdoption unnamed = item.recordUpstreamAdoption(
                    new UpstreamAdoption(CITY, UpstreamAdoption.Mode.FORWARDED, JUNE_1, null, "office", NOW), OFFICE,
                    NOW).adoption();
            assertThat(unnamed.submission()).as("nothing left to answer").isNull();
        }

        private RuleNamed refusal(ReviewItem item, UpstreamAdoption adoption, String submission) {
            try {
                item.recordUpstreamAdoption(adoption, submission, OFFICE, NOW);
            } catch (UnanswerableSubmission e) {
                return new RuleNamed(e.rule().field(), e.rule().code());
            }
            throw new AssertionError("the adoption was recorded");
        }
    }

    private record RuleNamed(String field, String code) {
    }

    static UpstreamSubmission submit(ReviewItem item, UpstreamAdoption.Level level, LocalDate on) {
        Optional<UpstreamSubmissionRecorded> recorded = item.submitUpstream(level, on, "信息专报", OFFICE, NOW);
        return recorded.orElseThrow().submission();
    }

    static UpstreamAdoption adoption(UpstreamAdoption.Level level, LocalDate on) {
        return new UpstreamAdoption(level, UpstreamAdoption.Mode.SINGLE, on, "市政协《社情民意》采用", "office", NOW);
    }
}
