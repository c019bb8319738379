package org.minyi.followup;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.minyi.chassis.audit.AutomaticSteps;
import org.minyi.chassis.events.IntegrationEvents;
import org.minyi.chassis.outbox.MongoOutbox;
import org.minyi.events.followup.ReportClosed;
import org.minyi.events.intake.Category;
import org.minyi.events.leadership.AssignedUnit;
import org.minyi.events.leadership.InstructionIssued;
import org.minyi.events.status.ReportStatus;
import org.minyi.events.status.ReportStatusChanged;
import org.minyi.followup.handling.application.WatchingDeadlines;
import org.minyi.followup.handling.domain.HandlingRules;
import org.minyi.followup.handling.messaging.FollowUpIntegrationEvents;
import org.minyi.followup.handling.persistence.MongoHandlings;
import org.minyi.chassis.scheduling.LeasedSchedule;
import org.minyi.chassis.scheduling.Leases;
import org.minyi.chassis.scheduling.MongoLeases;
import org.minyi.testing.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Deadlines and chasing (督办) on the test clock: the scheduler inside the service flags each overdue
 * task once, reminds, escalates to the office's list and closes unrated reports; the office urges.
 */
class DeadlinesIT extends IntegrationSupport {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    HandlingRules rules;

    @Autowired
    IntegrationEvents integrationEvents;

    @Test
    void aTaskPastItsDeadlineIsFlaggedOnceEscalatedToTheOfficesListAndUrged() throws Exception {
        String id = UUID.randomUUID().toString();
        announce(instruction(id, 6, List.of(new AssignedUnit("water", AssignedUnit.Role.LEAD, daysFromToday(1)),
                new AssignedUnit("forestry", AssignedUnit.Role.SUPPORT, daysFromToday(3)))), InstructionIssued.TYPE);
        statusEvent(id, "IN_HANDLING");
        taskId(id, "water");

        clock.advance(Duration.ofDays(2));

        await().atMost(WAIT).until(() -> flags(id, "OVERDUE").size() == 1);
        JsonNode overdue = flags(id, "OVERDUE").get(0);
        assertThat(overdue.path("unit").asString()).isEqualTo("water");
        assertThat(overdue.path("sequence").asLong()).as("a flag carries the current sequence").isEqualTo(7);
        assertThat(overdue.path("actorRole").asString()).isEqualTo("SYSTEM");
        assertThat(overdue.path("actor").asString()).isEqualTo("system");
        assertThat(overdue.path("township").asString()).isEqualTo("chengguan");
        await().atMost(WAIT).until(() -> notifications(id, "TASK_OVERDUE").size() == 1);
        assertThat(notifications(id, "TASK_OVERDUE").get(0).path("recipients").get(0).asString())
                .isEqualTo("unit-water");
        JsonNode list = json(get("/api/handling/overdue?size=100", TestTokens.office()));
        assertThat(overdueOf(list, id)).extracting(t -> t.path("unit").asString() + ":" + t.path("escalated").asBoolean())
                .containsExactly("water:false");
        assertThat(get("/api/handling/overdue", TestTokens.unit("water")).statusCode()).isEqualTo(403);

        // a week and more later: both overdue, water escalated first on the office's list, each flagged once
        clock.advance(Duration.ofDays(7));
        await().atMost(WAIT).until(() -> flags(id, "OVERDUE").size() == 2
                && overdueOf(json(get("/api/handling/overdue?size=100", TestTokens.office())), id).stream()
                .anyMatch(t -> t.path("escalated").asBoolean()));
        List<JsonNode> escalatedFirst = overdueOf(json(get("/api/handling/overdue?size=100", TestTokens.office())), id);
        assertThat(escalatedFirst).extracting(t -> t.path("unit").asString() + ":" + t.path("escalated").asBoolean())
                .containsExactly("water:true", "forestry:false");
        await().atMost(WAIT).until(() -> notifications(id, "TASK_OVERDUE").stream()
                .anyMatch(n -> n.path("recipients").get(0).asString().equals("office")));
        // the feed is written by this service's own consumer of the topic, which may read it after the recorder
        await().atMost(WAIT).until(() -> json(get("/api/notifications?size=100", TestTokens.office())).path("items")
                .valueStream().anyMatch(n -> n.path("reportId").asString().equals(id)
                        && n.path("kind").asString().equals("TASK_OVERDUE")));

        // the office urges one unit, then every unit still to feed back
        HttpResponse<String> urged = post("/api/handling/reports/" + id + "/urge", TestTokens.office(),
                "{\"unit\": \"forestry\", \"comment\": \"请三日内反馈\"}");
        assertThat(urged.statusCode()).isEqualTo(200);
        assertThat(post("/api/handling/reports/" + id + "/urge", TestTokens.office(), "").statusCode()).isEqualTo(200);
        await().atMost(WAIT).until(() -> flags(id, "URGED").size() == 3);
        assertThat(flags(id, "URGED")).extracting(f -> f.path("unit").asString())
                .containsExactlyInAnyOrder("forestry", "forestry", "water");
        assertThat(flags(id, "URGED")).allSatisfy(f -> {
            assertThat(f.path("actorRole").asString()).isEqualTo("OFFICE");
            assertThat(f.path("actor").asString()).isEqualTo("office");
            assertThat(f.path("sequence").asLong()).isEqualTo(7);
        });
        await().atMost(WAIT).until(() -> notifications(id, "TASK_URGED").size() == 3);
        JsonNode view = json(get("/api/handling/reports/" + id, TestTokens.office()));
        assertThat(elements(view.path("tasks"))).filteredOn(t -> t.path("unit").asString().equals("forestry"))
                .singleElement().satisfies(t -> {
                    assertThat(t.path("urgedTimes").asInt()).isEqualTo(2);
                    assertThat(t.path("urgings").get(0).path("comment").asString()).isEqualTo("请三日内反馈");
                });

        assertThat(fields(post("/api/handling/reports/" + id + "/urge", TestTokens.office(),
                "{\"unit\": \"transport\"}"))).containsExactly("unit");
        assertThat(fields(post("/api/handling/reports/" + id + "/urge", TestTokens.office(),
                "{\"unit\": \"water\", \"status\": \"OPEN\"}"))).containsExactly("status");
        assertThat(post("/api/handling/reports/" + id + "/urge", TestTokens.unit("water"), "").statusCode())
                .isEqualTo(403);
        assertThat(post("/api/handling/reports/" + UUID.randomUUID() + "/urge", TestTokens.office(), "").statusCode())
                .isEqualTo(404);

        // once fed back a unit leaves the list and is urged no more
        assertThat(post("/api/handling/tasks/" + taskId(id, "water") + "/feedback", TestTokens.unit("water"),
                "{\"result\": \"A\", \"text\": \"已修复\"}").statusCode()).isEqualTo(200);
        assertThat(overdueOf(json(get("/api/handling/overdue?size=100", TestTokens.office())), id))
                .extracting(t -> t.path("unit").asString()).containsExactly("forestry");
        HttpResponse<String> late = post("/api/handling/reports/" + id + "/urge", TestTokens.office(),
                "{\"unit\": \"water\"}");
        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(json(late).path("currentStatus").asString()).isEqualTo("FED_BACK");
        assertThat(flags(id, "OVERDUE")).as("flagged once each, however often the scheduler looked").hasSize(2);

        // what time made due is in the audit trail as automatic steps, once each
        JsonNode steps = json(get("/api/audit?object=" + id + "&principal=system&size=100", TestTokens.office()));
        List<String> actions = elements(steps.path("items")).stream().map(e -> e.path("action").asString()).toList();
        assertThat(actions).filteredOn(action -> action.startsWith("task of water overdue (deadline ")).hasSize(1);
        assertThat(actions).filteredOn(action -> action.startsWith("task of forestry overdue (deadline ")).hasSize(1);
        assertThat(actions).contains("overdue task of water escalated to the office");
        assertThat(elements(steps.path("items"))).allSatisfy(e -> {
            assertThat(e.path("role").asString()).isEqualTo("SYSTEM");
            assertThat(e.path("status").asInt()).isZero();
        });
    }

    @Test
    void aHandledReportNobodyRatesClosesItselfAfterThirtyDaysWithTheTimeOfEachStage() throws Exception {
        String id = UUID.randomUUID().toString();
        Instant submitted = clock.instant().minus(Duration.ofDays(10));
        Instant adopted = clock.instant().minus(Duration.ofDays(5));
        announce(new ReportStatusChanged(UUID.randomUUID(), id, "SQ-2026-000123", ReportStatus.SUBMITTED, null, 1,
                submitted, "chengguan", null, Category.HARD_PROBLEM, "MEMBER"), ReportStatusChanged.TYPE, "/minyi/intake");
        announce(new ReportStatusChanged(UUID.randomUUID(), id, "SQ-2026-000123", ReportStatus.ADOPTED,
                ReportStatus.UNDER_REVIEW, 4, adopted, "chengguan", "economy", Category.HARD_PROBLEM, "REVIEWER"),
                ReportStatusChanged.TYPE, "/minyi/committee-review");
        announce(instruction(id, 6, List.of(new AssignedUnit("water", AssignedUnit.Role.LEAD, daysFromToday(10)))),
                InstructionIssued.TYPE);
        assertThat(post("/api/handling/tasks/" + taskId(id, "water") + "/feedback", TestTokens.unit("water"),
                "{\"result\": \"A\", \"text\": \"已修复\"}").statusCode()).isEqualTo(200);
        statusEvent(id, "HANDLED");
        await().atMost(WAIT).until(() -> mongo.findById(id, org.bson.Document.class, "journeys") != null
                && ((org.bson.Document) mongo.findById(id, org.bson.Document.class, "journeys").get("entered"))
                .containsKey("ADOPTED"));

        clock.advance(Duration.ofDays(29));
        assertThat(statusEvents(id, "CLOSED")).isEmpty();
        clock.advance(Duration.ofDays(1).plusMinutes(1));

        JsonNode closed = statusEvent(id, "CLOSED");
        assertThat(closed.path("actorRole").asString()).isEqualTo("SYSTEM");
        assertThat(closed.path("actor").asString()).isEqualTo("system");
        assertThat(closed.path("sequence").asLong()).isEqualTo(9);
        await().atMost(WAIT).until(() -> !handlingEvents(id, ReportClosed.TYPE).isEmpty());
        JsonNode statistics = JSON.readTree(handlingEvents(id, ReportClosed.TYPE).get(0).value());
        assertThat(statistics.path("closedBy").asString()).isEqualTo("AUTOMATIC");
        assertThat(elements(statistics.path("stages"))).extracting(s -> s.path("status").asString())
                .containsExactly("SUBMITTED", "ADOPTED", "INSTRUCTED", "HANDLED", "CLOSED");
        assertThat(Instant.parse(statistics.path("stages").get(0).path("enteredAt").asString()))
                .isEqualTo(submitted.truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        assertThat(Instant.parse(statistics.path("stages").get(1).path("enteredAt").asString()))
                .isEqualTo(adopted.truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        HttpResponse<String> tooLate = post("/api/handling/reports/" + id + "/satisfaction", TestTokens.member("m0001"),
                "{\"rating\": \"SATISFIED\"}");
        assertThat(tooLate.statusCode()).isEqualTo(409);
        assertThat(json(tooLate).path("currentStatus").asString()).isEqualTo("CLOSED");
    }

    @Test
    void twoSchedulersOnOneDatabaseFlagEachOverdueTaskExactlyOnceEvenWhenBothBelieveTheyHoldTheLease()
            throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String id = UUID.randomUUID().toString();
            ids.add(id);
            announce(instruction(id, 6, List.of(new AssignedUnit("roads", AssignedUnit.Role.LEAD, daysFromToday(1)),
                    new AssignedUnit("police", AssignedUnit.Role.SUPPORT, daysFromToday(1)))), InstructionIssued.TYPE);
        }
        for (String id : ids) {
            statusEvent(id, "IN_HANDLING");
        }
        // two replicas of the scheduler, each with its own store over the same database, and (the worst case a
        // lease that expired mid-tick could cause) each believing it holds the lease
        Leases bothHoldIt = new Leases() {
            @Override
            public boolean acquire(String name, String owner, Instant now, Duration ttl) {
                return true;
            }

            @Override
            public void release(String name, String owner) {
            }
        };
        List<LeasedSchedule> replicas = List.of(replica("replica-a", bothHoldIt), replica("replica-b", bothHoldIt));

        clock.advance(Duration.ofDays(2));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        List<Future<?>> running = new ArrayList<>();
        for (LeasedSchedule replica : replicas) {
            running.add(threads.submit(() -> {
                start.await();
                for (int tick = 0; tick < 20; tick++) {
                    replica.tick();
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> run : running) {
            run.get(60, TimeUnit.SECONDS);
        }
        threads.shutdown();

        await().atMost(WAIT).until(() -> ids.stream().allMatch(id -> flags(id, "OVERDUE").size() >= 2));
        // whatever any replica wrote has been published
        await().atMost(WAIT).until(() -> ids.stream().allMatch(id -> mongo.findById(id, org.bson.Document.class,
                "handlings").getList("outbox", org.bson.Document.class).isEmpty()));
        for (String id : ids) {
            assertThat(flags(id, "OVERDUE")).as(id).extracting(f -> f.path("unit").asString())
                    .containsExactlyInAnyOrder("roads", "police");
            assertThat(notifications(id, "TASK_OVERDUE")).as(id).hasSize(2);
        }
    }

    @Test
    void theSchedulersLeaseIsHeldByOneReplicaAtATimeAndTakenOverWhenItExpires() throws Exception {
        MongoLeases leases = new MongoLeases(mongo);
        String lease = "test-lease-" + UUID.randomUUID();
        Instant t0 = Instant.parse("2026-03-15T08:30:00Z");
        Duration ttl = Duration.ofSeconds(30);

        assertThat(leases.acquire(lease, "a", t0, ttl)).isTrue();
        assertThat(leases.acquire(lease, "b", t0.plusSeconds(10), ttl)).isFalse();
        assertThat(leases.acquire(lease, "a", t0.plusSeconds(20), ttl)).as("renewed").isTrue();
        assertThat(leases.acquire(lease, "b", t0.plusSeconds(45), ttl)).as("a's renewal lasts until 50").isFalse();
        assertThat(leases.acquire(lease, "b", t0.plusSeconds(51), ttl)).as("expired: taken over").isTrue();
        assertThat(leases.acquire(lease, "a", t0.plusSeconds(52), ttl)).isFalse();
        leases.release(lease, "b");
        assertThat(leases.acquire(lease, "a", t0.plusSeconds(53), ttl)).as("released").isTrue();

        // many replicas racing for a free lease: exactly one wins
        String contested = "test-lease-" + UUID.randomUUID();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(6);
        List<Future<Boolean>> tries = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String owner = "replica-" + i;
            tries.add(threads.submit(() -> {
                start.await();
                return new MongoLeases(mongo).acquire(contested, owner, t0, ttl);
            }));
        }
        start.countDown();
        int winners = 0;
        for (Future<Boolean> attempt : tries) {
            winners += attempt.get(30, TimeUnit.SECONDS) ? 1 : 0;
        }
        threads.shutdown();
        assertThat(winners).isEqualTo(1);
    }

    private static List<JsonNode> overdueOf(JsonNode page, String reportId) {
        return elements(page.path("items")).stream().filter(t -> t.path("reportId").asString().equals(reportId))
                .toList();
    }

    private LeasedSchedule replica(String owner, Leases leases) {
        MongoHandlings store = new MongoHandlings(mongo, new MongoOutbox(mongo, "handlings", events, clock),
                new FollowUpIntegrationEvents(integrationEvents), rules);
        WatchingDeadlines deadlines = new WatchingDeadlines(store, id -> List.of(), clock, AutomaticSteps.none());
        return new LeasedSchedule(leases, "follow-up-deadlines", owner, Duration.ofSeconds(30), Duration.ofSeconds(1),
                clock, List.of(new LeasedSchedule.Job("deadlines", deadlines::watch)));
    }
}
