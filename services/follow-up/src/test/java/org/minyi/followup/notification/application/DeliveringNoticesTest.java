package org.minyi.followup.notification.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.minyi.followup.notification.domain.Delivery;
import org.minyi.followup.notification.domain.Notice;
import org.minyi.followup.notification.domain.NoticeKind;

import static org.assertj.core.api.Assertions.assertThat;

/** Channels fail; deliveries are retried with back-off and given up at last, and the feed is unaffected. */
class DeliveringNoticesTest {

    private static final Instant NOW = Instant.parse("2026-03-15T08:30:00Z");
    private static final RetryPolicy RETRY = new RetryPolicy(Duration.ofSeconds(30), Duration.ofMinutes(5), 4);

    private final InMemoryFeeds feeds = new InMemoryFeeds();
    private final List<Notice> sent = new ArrayList<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private final AtomicInteger gaveUp = new AtomicInteger();

    private final DeliveryChannel flaky = new DeliveryChannel() {
        @Override
        public String name() {
            return "sms";
        }

        @Override
        public void deliver(Notice notice) {
            if (failuresLeft.getAndDecrement() > 0) {
                throw new IllegalStateException("SMS gateway unreachable");
            }
            sent.add(notice);
        }
    };

    private DeliveringNotices deliveringAt(Instant now) {
        return new DeliveringNotices(feeds, List.of(flaky), RETRY, Clock.fixed(now, ZoneOffset.UTC),
                gaveUp::incrementAndGet);
    }

    private void raise() {
        new ReceivingNotices(feeds, List.of(flaky), Clock.fixed(NOW, ZoneOffset.UTC)).receive(
                new ReceivingNotices.Raised("n-1", "r-1", "SQ-2026-000123", List.of("member-m0004", "unit-finance",
                        "member-m0004"), NoticeKind.TASK_URGED, null, "finance", NOW));
    }

    @Test
    void aNotificationLandsInEachRecipientsFeedOnceWithADeliveryWaitingPerChannel() {
        raise();
        raise();

        assertThat(feeds.notices).hasSize(2);
        assertThat(feeds.notices.values()).allSatisfy(n -> assertThat(n.deliveries()).singleElement()
                .satisfies(d -> assertThat(d.isDue(NOW)).isTrue()));
    }

    @Test
    void aFailedDeliveryIsRetriedAfterABackOffThatGrowsAndThenSucceeds() {
        raise();
        failuresLeft.set(6); // three failures for each of the two recipients

        assertThat(deliveringAt(NOW).deliverDue()).isZero();
        assertThat(deliveringAt(NOW.plusSeconds(29)).deliverDue()).as("not yet due again").isZero();
        assertThat(feeds.dueForDelivery(NOW.plusSeconds(29), 10)).isEmpty();
        assertThat(deliveringAt(NOW.plusSeconds(30)).deliverDue()).isZero();
        assertThat(feeds.dueForDelivery(NOW.plusSeconds(30 + 59), 10)).as("then after 60 s").isEmpty();
        assertThat(deliveringAt(NOW.plusSeconds(90)).deliverDue()).isZero();
        assertThat(deliveringAt(NOW.plusSeconds(210)).deliverDue()).isEqualTo(2);

        assertThat(sent).extracting(Notice::recipient).containsExactlyInAnyOrder("member-m0004", "unit-finance");
        assertThat(feeds.notices.values()).allSatisfy(n -> {
            Delivery delivery = n.deliveries().get(0);
            assertThat(delivery.deliveredAt()).isNotNull();
            assertThat(n.deliveryDueAt()).isNull();
        });
        assertThat(gaveUp).hasValue(0);
    }

    @Test
    void aChannelThatKeepsFailingIsGivenUpAfterTheLastAttemptAndCounted() {
        raise();
        failuresLeft.set(Integer.MAX_VALUE);
        Instant at = NOW;
        for (int attempt = 1; attempt <= RETRY.maxAttempts(); attempt++) {
            deliveringAt(at).deliverDue();
            at = at.plus(RETRY.longest());
        }

        assertThat(feeds.notices.values()).allSatisfy(n -> {
            assertThat(n.deliveries().get(0).gaveUpAt()).isNotNull();
            assertThat(n.deliveries().get(0).attempts()).isEqualTo(4);
            assertThat(n.deliveries().get(0).lastError()).contains("SMS gateway unreachable");
            assertThat(n.deliveryDueAt()).isNull();
        });
        assertThat(gaveUp).hasValue(2);
        assertThat(deliveringAt(at.plus(Duration.ofDays(1))).deliverDue()).isZero();
        assertThat(new ReadingFeed(feeds, Clock.fixed(at, ZoneOffset.UTC)).page("unit-finance", true, 0, 20).items())
                .as("the feed has it whatever the channel did").hasSize(1);
    }

    @Test
    void theBackOffDoublesUpToItsLongest() {
        assertThat(RETRY.backOff(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(RETRY.backOff(2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(RETRY.backOff(3)).isEqualTo(Duration.ofSeconds(120));
        assertThat(RETRY.backOff(10)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void aReaderMarksItsOwnNoticesReadAndCannotTouchAnothersFeed() {
        raise();
        ReadingFeed reading = new ReadingFeed(feeds, Clock.fixed(NOW, ZoneOffset.UTC));

        reading.markRead("unit-finance", "n-1");

        assertThat(reading.page("unit-finance", false, 0, 20).unread()).isZero();
        assertThat(reading.page("member-m0004", false, 0, 20).unread()).isEqualTo(1);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> reading.markRead("unit-transport", "n-1"))
                .isInstanceOf(ReadingFeed.NoticeNotFound.class);
        assertThat(reading.markAllRead("member-m0004")).isEqualTo(1);
    }
}
