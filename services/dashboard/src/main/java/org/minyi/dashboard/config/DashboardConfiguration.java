package org.minyi.dashboard.config;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.minyi.chassis.events.InboundEvent;
import org.minyi.chassis.security.AccessRules;
import org.minyi.dashboard.assessment.domain.CountyCalendar;
import org.minyi.dashboard.assessment.persistence.MongoContributions;
import org.minyi.dashboard.board.application.LiveFeed;
import org.minyi.dashboard.board.application.ProjectingStatusChange;
import org.minyi.dashboard.board.application.ReadingBoard;
import org.minyi.dashboard.board.messaging.ReportStatusListener;
import org.minyi.dashboard.board.persistence.MongoReportProjections;
import org.minyi.dashboard.board.persistence.MongoStatusFeed;
import org.minyi.dashboard.handling.application.RecordingHandling;
import org.minyi.dashboard.handling.messaging.UnitFlagsListener;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.messaging.Message;

/**
 * Wires the board: projections and feed in Mongo, the status binding, the live stream, the readings.
 * The chassis supplies the rest (dead letters, audit, problem+json, security from {@link DashboardAccess}).
 */
@Configuration(proxyBeanMethods = false)
class DashboardConfiguration {

    @Bean
    AccessRules dashboardAccess() {
        return new DashboardAccess();
    }

    /** The county's time zone: which day, and so which year, an event falls on. */
    @Bean
    ZoneId countyZone(@Value("${minyi.zone:Asia/Shanghai}") String zone) {
        return ZoneId.of(zone);
    }

    @Bean
    MongoReportProjections reportProjections(MongoTemplate mongo) {
        MongoReportProjections projections = new MongoReportProjections(mongo);
        projections.createIndexes();
        return projections;
    }

    @Bean
    MongoStatusFeed statusFeed(MongoTemplate mongo, Clock clock) {
        MongoStatusFeed feed = new MongoStatusFeed(mongo, clock);
        feed.createIndexes();
        return feed;
    }

    @Bean
    ProjectingStatusChange projectingStatusChange(MongoReportProjections projections, MongoStatusFeed feed) {
        return new ProjectingStatusChange(projections, feed);
    }

    @Bean
    ReadingBoard readingBoard(MongoReportProjections projections, MongoContributions submissions, Clock clock,
                              ZoneId countyZone, @Value("${minyi.summary.max-age:1s}") Duration maxAge,
                              @Value("${minyi.stages.max-age:10s}") Duration stagesMaxAge) {
        return new ReadingBoard(projections, submissions, clock, countyZone, maxAge, stagesMaxAge);
    }

    /**
     * Binding {@code reportStatus-in-0}: {@code report-status}, group {@code dashboard}, three consumers; the
     * board, then the units' flags and reopenings for the units' record.
     */
    @Bean
    Consumer<Message<byte[]>> reportStatus(ProjectingStatusChange projecting, RecordingHandling handling,
                                           CountyCalendar calendar, MeterRegistry meters) {
        return InboundEvent.consumer(new ReportStatusListener(projecting, meters)
                .andThen(new UnitFlagsListener(handling, calendar, meters)));
    }

    /** Threads that write to stream clients; a slow client occupies one of them at most. */
    @Bean(destroyMethod = "shutdownNow")
    ExecutorService feedSenders(@Value("${minyi.feed.senders:4}") int senders) {
        AtomicInteger count = new AtomicInteger();
        return Executors.newFixedThreadPool(senders, task -> {
            Thread thread = new Thread(task, "feed-sender-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Bean
    LiveFeed liveFeed(MongoStatusFeed feed, Clock clock, ExecutorService feedSenders, MeterRegistry meters,
                      @Value("${minyi.feed.poll-every:200ms}") Duration pollEvery,
                      @Value("${minyi.feed.heartbeat-every:15s}") Duration heartbeatEvery,
                      @Value("${minyi.feed.gap-grace:1s}") Duration gapGrace,
                      @Value("${minyi.feed.retention:7d}") Duration retention,
                      @Value("${minyi.feed.recent:2000}") int recent) {
        LiveFeed live = new LiveFeed(feed, clock,
                new LiveFeed.Settings(pollEvery, heartbeatEvery, gapGrace, retention, recent), feedSenders);
        Gauge.builder("minyi.dashboard.streams", live, LiveFeed::subscriberCount)
                .description("open status streams on this instance").register(meters);
        return live;
    }

    /**
     * Runs the live feed with the application. It stops in the first shutdown phase, before the web
     * server's graceful shutdown, so open streams end at once instead of holding the shutdown up.
     */
    @Bean
    SmartLifecycle liveFeedLifecycle(LiveFeed live) {
        return new SmartLifecycle() {
            private volatile boolean running;

            @Override
            public void start() {
                live.start();
                running = true;
            }

            @Override
            public void stop() {
                live.close();
                running = false;
            }

            @Override
            public boolean isRunning() {
                return running;
            }
        };
    }
}
