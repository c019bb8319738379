package org.minyi.followup.handling.domain;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minyi.followup.handling.domain.HandlingFixture.AUTHOR;
import static org.minyi.followup.handling.domain.HandlingFixture.FINANCE;
import static org.minyi.followup.handling.domain.HandlingFixture.HOUSING;
import static org.minyi.followup.handling.domain.HandlingFixture.NOW;
import static org.minyi.followup.handling.domain.HandlingFixture.feedBackEveryUnit;
import static org.minyi.followup.handling.domain.HandlingFixture.handled;
import static org.minyi.followup.handling.domain.HandlingFixture.reopeningAtMost;
import static org.minyi.followup.handling.domain.HandlingFixture.taskOf;

/** An UNSATISFIED rating sends the report back to its units, a limited number of times. */
class ReopeningTest {

    @Test
    void anUnsatisfiedRatingReopensEveryTaskWithANewDeadlineAndKeepsTheEarlierFeedback() {
        Handling handling = handled();

        List<HandlingEvent> events = handling.rate(AUTHOR, Rating.UNSATISFIED, "电梯仍未开工", NOW);

        assertThat(events).hasSize(2);
        SatisfactionRecorded rated = (SatisfactionRecorded) events.get(0);
        HandlingReopened reopened = (HandlingReopened) events.get(1);
        assertThat(rated.sequence()).isEqualTo(9);
        assertThat(reopened.sequence()).as("the reopening is caused by the rating").isEqualTo(10);
        assertThat(reopened.reopening()).isEqualTo(1);
        assertThat(handling.status()).isEqualTo(HandlingStatus.IN_HANDLING);
        assertThat(handling.sequence()).isEqualTo(10);
        assertThat(handling.satisfaction()).as("the new round is not rated yet").isNull();
        assertThat(handling.ratings()).extracting(Satisfaction::rating).containsExactly(Rating.UNSATISFIED);
        assertThat(handling.reopeningsLeft()).isEqualTo(1);
        LocalDate thirtyDaysOn = LocalDate.parse("2026-04-14");
        assertThat(handling.tasks()).allSatisfy(task -> {
            assertThat(task.status()).isEqualTo(TaskStatus.OPEN);
            assertThat(task.deadline()).isEqualTo(thirtyDaysOn);
            assertThat(task.round()).isEqualTo(2);
            assertThat(task.feedback()).isNull();
            assertThat(task.earlierFeedback()).singleElement().satisfies(f -> assertThat(f.text()).isNotBlank());
        });
    }

    @Test
    void afterAReopeningTheUnitsFeedBackAgainAndTheReportIsHandledAndRatedAnew() {
        Handling handling = handled();
        handling.rate(AUTHOR, Rating.UNSATISFIED, null, NOW);

        handling.feedBack(taskOf(handling, HOUSING), HOUSING, FeedbackResult.A, "电梯已开工", NOW.plusSeconds(60));
        AllUnitsFedBack again = handling.feedBack(taskOf(handling, FINANCE), FINANCE, FeedbackResult.A, "资金已到位",
                NOW.plusSeconds(60)).orElseThrow();

        assertThat(again.sequence()).isEqualTo(11);
        assertThat(handling.status()).isEqualTo(HandlingStatus.HANDLED);
        assertThat(handling.handledAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(handling.rate(AUTHOR, Rating.SATISFIED, null, NOW.plusSeconds(120))).hasSize(1);
        assertThat(handling.ratings()).extracting(Satisfaction::rating)
                .containsExactly(Rating.UNSATISFIED, Rating.SATISFIED);
    }

    @Test
    void aThirdUnsatisfiedRatingLeavesTheReportHandledForTheOfficeToClose() {
        Handling handling = handled();
        for (int round = 1; round <= 2; round++) {
            assertThat(handling.rate(AUTHOR, Rating.UNSATISFIED, null, NOW)).hasSize(2);
            feedBackEveryUnit(handling, NOW);
        }

        List<HandlingEvent> third = handling.rate(AUTHOR, Rating.UNSATISFIED, "仍不满意", NOW);

        assertThat(third).singleElement().isInstanceOf(SatisfactionRecorded.class);
        assertThat(handling.status()).isEqualTo(HandlingStatus.HANDLED);
        assertThat(handling.reopenings()).isEqualTo(2);
        assertThat(handling.reopeningsLeft()).isZero();
        assertThat(handling.satisfaction().rating()).isEqualTo(Rating.UNSATISFIED);
        assertThat(handling.nextAttention()).as("rated: it does not close itself").isNull();
        assertThat(handling.close(Actor.office(), List.of(), NOW).how()).isEqualTo(ClosedBy.OFFICE);
    }

    @Test
    void theReopeningLimitIsConfigurable() {
        Handling once = handled(reopeningAtMost(1));
        assertThat(once.rate(AUTHOR, Rating.UNSATISFIED, null, NOW)).hasSize(2);
        feedBackEveryUnit(once, NOW);
        assertThat(once.rate(AUTHOR, Rating.UNSATISFIED, null, NOW)).hasSize(1);
        assertThat(once.status()).isEqualTo(HandlingStatus.HANDLED);

        Handling never = handled(reopeningAtMost(0));
        assertThat(never.rate(AUTHOR, Rating.UNSATISFIED, null, NOW)).hasSize(1);
        assertThat(never.status()).isEqualTo(HandlingStatus.HANDLED);
    }

    @Test
    void aSatisfiedOrBasicallySatisfiedRatingReopensNothing() {
        Handling satisfied = handled();
        assertThat(satisfied.rate(AUTHOR, Rating.SATISFIED, null, NOW)).hasSize(1);
        Handling basically = handled();
        assertThat(basically.rate(Actor.station("chengguan"), Rating.BASICALLY_SATISFIED, null, NOW)).hasSize(1);

        assertThat(List.of(satisfied.status(), basically.status())).containsOnly(HandlingStatus.HANDLED);
        assertThat(satisfied.reopenings()).isZero();
    }
}
