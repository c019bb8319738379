package org.minyi.review.queue.application;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.minyi.chassis.problem.FieldProblem;
import org.minyi.chassis.problem.InvalidInput;
import org.minyi.review.queue.domain.Actor;
import org.minyi.review.queue.domain.ReferenceDataFixture;
import org.minyi.review.queue.domain.ReportSentToLeaders;
import org.minyi.review.queue.domain.ReportStatus;
import org.minyi.review.queue.domain.ReviewItem;
import org.minyi.review.queue.domain.ReviewItemFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minyi.review.queue.domain.ReviewItemFixture.NOW;

class SendingToLeadersTest {

    private final InMemoryReviewItems items = new InMemoryReviewItems();
    private final SendingToLeaders sending = new SendingToLeaders(items, ReferenceDataFixture.LEADERS,
            Clock.fixed(NOW, ZoneOffset.UTC));
    private final ReviewItem adopted = items.given(ReviewItemFixture.adopted("economy"));

    @Test
    void withoutNamesTheReportGoesToEveryCountyLeader() {
        sending.send(adopted.id(), null, Actor.office());

        assertThat(items.eventsOf(adopted.id())).singleElement().isInstanceOfSatisfying(ReportSentToLeaders.class,
                sent -> assertThat(sent.leaders()).isEqualTo(ReferenceDataFixture.COUNTY_LEADERS));
    }

    @Test
    void theLeadersNamedAreSentToEachOnce() {
        ReviewItem sent = sending.send(adopted.id(), List.of("county-head", "county-head", "city-mayor"),
                Actor.office());

        assertThat(sent.sentTo()).containsExactly("county-head", "city-mayor");
        assertThat(sent.status()).isEqualTo(ReportStatus.SENT_TO_LEADERS);
    }

    @Test
    void anUnknownLeaderIsNamedAndNothingIsSent() {
        assertThatThrownBy(() -> sending.send(adopted.id(), List.of("county-head", "emperor"), Actor.office()))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("leaders[1]"));
        assertThat(items.get(adopted.id()).status()).isEqualTo(ReportStatus.ADOPTED);
        assertThat(items.eventsOf(adopted.id())).isEmpty();
    }
}
