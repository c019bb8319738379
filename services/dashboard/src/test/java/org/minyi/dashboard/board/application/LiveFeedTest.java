package org.minyi.dashboard.board.application;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.minyi.dashboard.board.domain.FeedEntry;
import org.minyi.dashboard.board.domain.ReportStatus;
import org.minyi.dashboard.board.domain.StatusChange;
import org.minyi.dashboard.board.domain.StatusChangeFixture;
import org.minyi.dashboard.board.domain.StatusFeed;

import static org.assertj.core.api.Assertions.assertThat;

class LiveFeedTest {

    private final StoredFeed stored = new StoredFeed();
    private final ManualClock clock = new ManualClock();

    @Test
    void aNewStreamGetsOnlyWhatHappensAfterItOpens() {
        stored.put(1);
        LiveFeed live = live(100);
        Client client = new Client();

        live.subscribe(client, null);
        stored.put(2);
        stored.put(3);
        live.poll();

        assertThat(client.ids()).containsExactly(2L, 3L);
    }

    @Test
    void resumingReplaysExactlyWhatCameAfterTheLastEventIdAndThenGoesOnLive() {
        LiveFeed live = live(2);
        for (long id = 1; id <= 6; id++) {
            stored.put(id);
        }
        live.poll();
        Client resumed = new Client();

        live.subscribe(resumed, 2L);
        stored.put(7);
        live.poll();

        assertThat(resumed.ids()).as("3 to 6 replayed from the store, 7 live")
                .containsExactly(3L, 4L, 5L, 6L, 7L);
    }

    @Test
    void aHoleInTheIdsIsHeldUntilItFillsSoOrderIsKept() {
        LiveFeed live = live(100);
        Client client = new Client();
        live.subscribe(client, null);

        stored.put(2);
        live.poll();
        assertThat(client.ids()).isEmpty();

        stored.put(1);
        live.poll();
        assertThat(client.ids()).containsExactly(1L, 2L);
    }

    @Test
    void aHoleThatStaysIsPassedOverAfterItsGrace() {
        LiveFeed live = live(100);
        Client client = new Client();
        live.subscribe(client, null);

        stored.put(2);
        live.poll();
        clock.advance(Duration.ofMillis(999));
        live.poll();
        assertThat(client.ids()).isEmpty();

        clock.advance(Duration.ofMillis(1));
        live.poll();
        assertThat(client.ids()).containsExactly(2L);
    }

    @Test
    void aStreamThatFailsIsClosedAndOthersGoOn() {
        LiveFeed live = live(100);
        Client broken = new Client();
        broken.failing = true;
        Client healthy = new Client();
        live.subscribe(broken, null);
        live.subscribe(healthy, null);

        stored.put(1);
        live.poll();

        assertThat(broken.closed).isTrue();
        assertThat(healthy.ids()).containsExactly(1L);
        assertThat(live.subscriberCount()).isEqualTo(1);
    }

    @Test
    void idleStreamsGetAHeartbeat() {
        LiveFeed live = live(100);
        Client client = new Client();
        live.subscribe(client, null);

        live.heartbeat();

        assertThat(client.heartbeats).isEqualTo(1);
    }

    @Test
    void theLatestEntriesComeNewestFirstUpToThePositionAStreamResumesFrom() {
        LiveFeed live = live(100);
        stored.put(1);
        stored.put(2);
        stored.put(4);
        live.poll();

        LiveFeed.Recent recent = live.latest(2);

        assertThat(recent.entries()).extracting(FeedEntry::id).as("4 waits for the hole at 3").containsExactly(2L, 1L);
        assertThat(recent.position()).isEqualTo(2);
    }

    @Test
    void theLatestEntriesReachBackIntoTheStoreWhenFewAreInMemory() {
        for (long id = 1; id <= 5; id++) {
            stored.put(id);
        }
        LiveFeed live = live(2);
        stored.put(6);
        stored.put(7);
        live.poll();

        LiveFeed.Recent recent = live.latest(4);

        assertThat(recent.entries()).extracting(FeedEntry::id).containsExactly(7L, 6L, 5L, 4L);
        assertThat(recent.position()).isEqualTo(7);
    }

    private LiveFeed live(int recent) {
        return new LiveFeed(stored, clock, new LiveFeed.Settings(Duration.ofMillis(200), Duration.ofSeconds(15),
                Duration.ofSeconds(1), Duration.ofDays(7), recent), Runnable::run);
    }

    /** The stored feed, with ids chosen by the test (as concurrent writers would leave them). */
    private static final class StoredFeed implements StatusFeed {

        private final TreeMap<Long, FeedEntry> entries = new TreeMap<>();

        void put(long id) {
            StatusChange change = StatusChangeFixture.change(ReportStatus.ROUTED, ReportStatus.SUBMITTED, 2, null);
            entries.put(id, new FeedEntry(id, change));
        }

        @Override
        public boolean append(StatusChange change) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<FeedEntry> after(long id, int limit) {
            return entries.tailMap(id, false).values().stream().limit(limit).toList();
        }

        @Override
        public List<FeedEntry> upTo(long id, int limit) {
            return entries.headMap(id, true).descendingMap().values().stream().limit(limit).toList();
        }

        @Override
        public long latestId() {
            return entries.isEmpty() ? 0 : entries.lastKey();
        }

        @Override
        public long pruneRecordedBefore(Instant instant) {
            return 0;
        }
    }

    private static final class Client implements LiveFeed.Connection {

        final List<FeedEntry> received = new CopyOnWriteArrayList<>();
        boolean failing;
        boolean closed;
        int heartbeats;

        @Override
        public void send(FeedEntry entry) throws IOException {
            if (failing) {
                throw new IOException("broken pipe");
            }
            received.add(entry);
        }

        @Override
        public void heartbeat() {
            heartbeats++;
        }

        @Override
        public void close() {
            closed = true;
        }

        List<Long> ids() {
            List<Long> ids = new ArrayList<>();
            received.forEach(entry -> ids.add(entry.id()));
            return ids;
        }
    }

    private static final class ManualClock extends Clock {

        private Instant now = Instant.parse("2026-03-15T08:30:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
