package org.minyi.dashboard.board.application;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.minyi.dashboard.board.domain.FeedEntry;
import org.minyi.dashboard.board.domain.StatusFeed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Streams the status feed to every open connection of this instance.
 *
 * <p>One poller per instance reads the stored feed for entries above its <em>position</em> and
 * releases them in id order; every replica does the same, so a client sees every change whichever
 * replica consumed it. Ids come from a shared counter and a writer may store id n+1 before id n, so a
 * hole in the ids is held back for {@code gapGrace}: long enough for a slower writer to finish, after
 * which the hole is taken to be a repeat or a failed write and passed over.
 *
 * <p>Each connection has a cursor and drains, on the sender pool, the entries between its cursor and
 * the position: from the recently released entries kept in memory, or from the store when it resumes
 * from further back ({@code Last-Event-ID}). Replay and live delivery are one path, so nothing is
 * skipped or sent twice at the hand-over, and a slow client holds up only itself.
 */
public final class LiveFeed implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LiveFeed.class);
    private static final int PAGE = 500;

    private final StatusFeed feed;
    private final Clock clock;
    private final Settings settings;
    private final Executor sender;
    private final Set<Subscription> subscriptions = ConcurrentHashMap.newKeySet();
    private final ArrayDeque<FeedEntry> recent = new ArrayDeque<>();
    private final Map<Long, Instant> holes = new HashMap<>();
    private long recentFloor;
    private volatile long position;
    private boolean failing;
    private ScheduledExecutorService ticker;

    /**
     * @param pollEvery      how often the store is read for new entries
     * @param heartbeatEvery how often an idle connection gets a comment, so proxies keep it open
     * @param gapGrace       how long a hole in the ids is waited for
     * @param retention      how long entries stay on the stored feed (and can be resumed from)
     * @param recent         how many released entries are kept in memory for connections to read
     */
    public record Settings(Duration pollEvery, Duration heartbeatEvery, Duration gapGrace, Duration retention,
                           int recent) {
    }

    /** One open stream, as the web layer provides it; calls come from one sender thread at a time. */
    public interface Connection {

        void send(FeedEntry entry) throws IOException;

        void heartbeat() throws IOException;

        /** Ends the stream; called once, also when the client went away. */
        void close();
    }

    public LiveFeed(StatusFeed feed, Clock clock, Settings settings, Executor sender) {
        this.feed = feed;
        this.clock = clock;
        this.settings = settings;
        this.sender = sender;
        this.position = feed.latestId();
        this.recentFloor = position;
    }

    /** Starts polling, heartbeats and pruning on a thread of their own. */
    public synchronized void start() {
        if (ticker != null) {
            return;
        }
        ticker = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "live-feed");
            thread.setDaemon(true);
            return thread;
        });
        ticker.scheduleWithFixedDelay(this::poll, 0, settings.pollEvery().toMillis(), TimeUnit.MILLISECONDS);
        ticker.scheduleAtFixedRate(this::heartbeat, settings.heartbeatEvery().toMillis(),
                settings.heartbeatEvery().toMillis(), TimeUnit.MILLISECONDS);
        ticker.scheduleWithFixedDelay(this::prune, 1, 60, TimeUnit.MINUTES);
    }

    /** Stops polling and ends every open stream (clients reconnect, to this or another instance). */
    @Override
    public synchronized void close() {
        if (ticker != null) {
            ticker.shutdownNow();
            ticker = null;
        }
        List.copyOf(subscriptions).forEach(Subscription::close);
    }

    /**
     * Opens a stream for {@code connection}: the entries after {@code lastEventId}, then every new one.
     *
     * @param lastEventId the last id the client has; {@code null} for only what comes from now on
     */
    public Subscription subscribe(Connection connection, Long lastEventId) {
        Subscription subscription = new Subscription(connection, lastEventId == null ? position : lastEventId);
        subscriptions.add(subscription);
        subscription.wake();
        return subscription;
    }

    /**
     * The latest {@code limit} entries released to streams, newest first, and the position to resume
     * from: a page shows these at once, then opens its stream with {@code Last-Event-ID} = {@code position},
     * so nothing is missed or shown twice in between.
     */
    public Recent latest(int limit) {
        long upTo;
        List<FeedEntry> entries = new ArrayList<>();
        synchronized (recent) {
            upTo = position;
            Iterator<FeedEntry> newestFirst = recent.descendingIterator();
            while (newestFirst.hasNext() && entries.size() < limit) {
                entries.add(newestFirst.next());
            }
        }
        if (entries.size() < limit && upTo > 0) {
            long from = entries.isEmpty() ? upTo : entries.get(entries.size() - 1).id() - 1;
            if (from > 0) {
                entries.addAll(feed.upTo(from, limit - entries.size()));
            }
        }
        return new Recent(entries, upTo);
    }

    /** The latest entries, newest first, and the feed position they reach. */
    public record Recent(List<FeedEntry> entries, long position) {

        public Recent {
            entries = List.copyOf(entries);
        }
    }

    public int subscriberCount() {
        return subscriptions.size();
    }

    /** Reads new entries from the store and releases those that are due. */
    void poll() {
        try {
            List<FeedEntry> released = releasable(feed.after(position, PAGE));
            if (failing) {
                log.info("The status feed can be read again");
                failing = false;
            }
            if (released.isEmpty()) {
                return;
            }
            synchronized (recent) {
                for (FeedEntry entry : released) {
                    recent.addLast(entry);
                    if (recent.size() > settings.recent()) {
                        recentFloor = recent.removeFirst().id();
                    }
                }
                position = released.get(released.size() - 1).id();
            }
            subscriptions.forEach(Subscription::wake);
        } catch (RuntimeException e) {
            if (!failing) {
                log.warn("Cannot read the status feed; open streams wait and polling goes on: {}", e.toString());
                failing = true;
            }
        }
    }

    void heartbeat() {
        subscriptions.forEach(Subscription::heartbeatDue);
    }

    void prune() {
        try {
            long dropped = feed.pruneRecordedBefore(clock.instant().minus(settings.retention()));
            if (dropped > 0) {
                log.info("Dropped {} status feed entries older than {}", dropped, settings.retention());
            }
        } catch (RuntimeException e) {
            log.warn("Pruning the status feed failed; it is tried again later: {}", e.toString());
        }
    }

    /** The leading entries that follow the position without a hole, or whose hole has been waited for. */
    private List<FeedEntry> releasable(List<FeedEntry> fresh) {
        Instant now = clock.instant();
        long expected = position + 1;
        List<FeedEntry> released = new ArrayList<>();
        for (FeedEntry entry : fresh) {
            if (entry.id() > expected) {
                Instant seen = holes.computeIfAbsent(expected, id -> now);
                if (Duration.between(seen, now).compareTo(settings.gapGrace()) < 0) {
                    break;
                }
            }
            released.add(entry);
            expected = entry.id() + 1;
        }
        long next = expected;
        holes.keySet().removeIf(id -> id < next);
        return released;
    }

    /** Entries after {@code cursor} up to the position, and how far they reach. */
    private Slice after(long cursor) {
        long upTo;
        synchronized (recent) {
            upTo = position;
            if (cursor >= upTo) {
                return new Slice(List.of(), upTo);
            }
            if (cursor >= recentFloor) {
                List<FeedEntry> entries = new ArrayList<>();
                for (FeedEntry entry : recent) {
                    if (entry.id() > cursor) {
                        entries.add(entry);
                        if (entries.size() == PAGE) {
                            return new Slice(entries, entry.id());
                        }
                    }
                }
                return new Slice(entries, upTo);
            }
        }
        List<FeedEntry> stored = feed.after(cursor, PAGE);
        long limit = upTo;
        List<FeedEntry> entries = stored.stream().filter(entry -> entry.id() <= limit).toList();
        boolean whole = stored.size() < PAGE || entries.size() < stored.size();
        return new Slice(entries, whole || entries.isEmpty() ? upTo : entries.get(entries.size() - 1).id());
    }

    private record Slice(List<FeedEntry> entries, long upTo) {
    }

    /** One open stream: what it has been sent so far, drained by one sender thread at a time. */
    public final class Subscription {

        private final Connection connection;
        private final AtomicBoolean draining = new AtomicBoolean();
        private final AtomicBoolean closed = new AtomicBoolean();
        private volatile long cursor;
        private volatile boolean heartbeatDue;

        private Subscription(Connection connection, long cursor) {
            this.connection = connection;
            this.cursor = cursor;
        }

        /** Ends this stream and forgets it; safe to call more than once. */
        public void close() {
            if (closed.compareAndSet(false, true)) {
                subscriptions.remove(this);
                connection.close();
            }
        }

        private void heartbeatDue() {
            heartbeatDue = true;
            wake();
        }

        private void wake() {
            if (closed.get() || !draining.compareAndSet(false, true)) {
                return;
            }
            try {
                sender.execute(this::drain);
            } catch (RejectedExecutionException e) {
                draining.set(false);
                close();
            }
        }

        private void drain() {
            try {
                while (!closed.get()) {
                    if (heartbeatDue) {
                        heartbeatDue = false;
                        connection.heartbeat();
                    }
                    Slice slice = after(cursor);
                    for (FeedEntry entry : slice.entries()) {
                        connection.send(entry);
                        cursor = entry.id();
                    }
                    cursor = Math.max(cursor, slice.upTo());
                    if (slice.entries().isEmpty()) {
                        break;
                    }
                }
            } catch (IOException | RuntimeException e) {
                log.debug("Stream ended while sending: {}", e.toString());
                close();
            } finally {
                draining.set(false);
            }
            if (!closed.get() && (heartbeatDue || position > cursor)) {
                wake();
            }
        }
    }
}
