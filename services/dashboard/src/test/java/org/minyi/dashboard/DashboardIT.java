package org.minyi.dashboard;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.minyi.events.EventEnvelope;
import org.minyi.events.EventJson;
import org.minyi.events.intake.Category;
import org.minyi.events.intake.ReportSubmitted;
import org.minyi.events.intake.Source;
import org.minyi.events.intake.SubmittedReport;
import org.minyi.events.status.ReportFlagged;
import org.minyi.events.status.ReportStatus;
import org.minyi.events.status.ReportStatusChanged;
import org.minyi.events.status.ReportStatusTopic;
import org.minyi.testing.MinyiIntegrationTest;
import org.minyi.testing.TestTokens;
import org.minyi.testing.TopicRecorder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.micrometer.metrics.test.autoconfigure.AutoConfigureMetrics;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cloud.stream.binding.BindingsLifecycleController;
import org.springframework.cloud.stream.config.BindingServiceProperties;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The dashboard on a real Kafka broker and a MongoDB-wire server, read over HTTP with signed tokens. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.mongodb.database=dashboard_it")
@MinyiIntegrationTest
@AutoConfigureMetrics
class DashboardIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static TopicRecorder deadLetters;

    @LocalServerPort
    int port;

    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    @Autowired
    BindingServiceProperties bindings;

    @Autowired
    BindingsLifecycleController lifecycle;

    @BeforeAll
    static void record() {
        deadLetters = TopicRecorder.of("dashboard.dlt");
    }

    @AfterAll
    static void stop() {
        deadLetters.close();
    }

    @Test
    void aReportIsCountedOnceInItsNewestStatusWhileTheFeedShowsEveryDistinctChange() throws Exception {
        String report = UUID.randomUUID().toString();
        String township = township();
        ReportStatusChanged submitted = change(report, township, ReportStatus.SUBMITTED, null, 1, null);
        ReportStatusChanged routed = change(report, township, ReportStatus.ROUTED, ReportStatus.SUBMITTED, 2, "economy");
        ReportStatusChanged lateSubmitted = change(report, township, ReportStatus.SUBMITTED, null, 1, null);

        try (SseClient everything = SseClient.open(port, TestTokens.viewer(), 0L, true)) {
            announce(submitted);
            announce(routed);
            announce(routed);
            announce(lateSubmitted);

            await().atMost(PATIENCE).until(() -> everything.about(report).size() >= 3);
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
                    .until(() -> everything.about(report).size() == 3);
            assertThat(everything.about(report)).extracting(message -> message.data().path("eventId").asString())
                    .as("the repeat is on the feed once; the stale change is there too, it happened")
                    .containsExactly(submitted.eventId().toString(), routed.eventId().toString(),
                            lateSubmitted.eventId().toString());
        }

        await().atMost(PATIENCE).untilAsserted(() -> {
            JsonNode summary = JSON.readTree(get("/api/dashboard/summary", TestTokens.viewer()).body());
            assertThat(summary.path("byTownship").path(township).asLong()).isEqualTo(1);
            assertThat(summary.path("byStatus").path("ROUTED").asLong()).isPositive();
        });
        JsonNode summary = JSON.readTree(get("/api/dashboard/summary", TestTokens.leader("county-head")).body());
        long sumOfStatuses = 0;
        for (JsonNode count : summary.path("byStatus")) {
            sumOfStatuses += count.asLong();
        }
        assertThat(summary.path("byStatus").size()).isEqualTo(16);
        assertThat(summary.path("total").asLong()).isEqualTo(sumOfStatuses);
        assertThat(summary.path("byCommittee").path("economy").asLong()).isPositive();
        assertThat(summary.path("byCategory").path("HARD_PROBLEM").asLong()).isPositive();
        assertThat(summary.path("updatedAt").asString()).isNotBlank();

        JsonNode listed = JSON.readTree(get("/api/dashboard/reports?township=" + township, TestTokens.office()).body());
        assertThat(listed.path("total").asLong()).isEqualTo(1);
        JsonNode item = listed.path("items").get(0);
        assertThat(item.path("reportId").asString()).isEqualTo(report);
        assertThat(item.path("status").asString()).isEqualTo("ROUTED");
        assertThat(item.path("previousStatus").asString()).isEqualTo("SUBMITTED");
        assertThat(item.path("sequence").asLong()).isEqualTo(2);
        assertThat(item.path("committee").asString()).isEqualTo("economy");
        assertThat(item.path("trackingNumber").asString()).isEqualTo("SQ-2026-000123");
        assertThat(item.path("firstSeenAt").asString()).isEqualTo(submitted.occurredAt().toString());
        assertThat(item.path("stages").path("ROUTED").asString()).isEqualTo(routed.occurredAt().toString());
        assertThat(item.path("stages").path("SUBMITTED").asString()).isEqualTo(submitted.occurredAt().toString());
    }

    @Test
    void theCommitteeOnceKnownStaysWhenALaterChangeLacksIt() throws Exception {
        String report = UUID.randomUUID().toString();
        String township = township();
        announce(change(report, township, ReportStatus.ROUTED, ReportStatus.SUBMITTED, 2, "economy"));
        announce(change(report, township, ReportStatus.UNDER_REVIEW, ReportStatus.ROUTED, 3, null));

        await().atMost(PATIENCE).untilAsserted(() -> {
            JsonNode item = JSON.readTree(get("/api/dashboard/reports?status=UNDER_REVIEW&township=" + township,
                    TestTokens.viewer()).body()).path("items").path(0);
            assertThat(item.path("status").asString()).isEqualTo("UNDER_REVIEW");
            assertThat(item.path("committee").asString()).isEqualTo("economy");
        });
    }

    @Test
    void theStreamDeliversNewChangesInOrderAndResumesExactlyAfterTheLastEventId() throws Exception {
        String report = UUID.randomUUID().toString();
        String township = township();
        try (SseClient live = SseClient.open(port, TestTokens.viewer(), null, false)) {
            assertThat(live.status()).isEqualTo(200);
            assertThat(live.contentType()).startsWith("text/event-stream");
            await().atMost(PATIENCE).until(live::connected);

            announce(change(report, township, ReportStatus.SUBMITTED, null, 1, null));
            announce(change(report, township, ReportStatus.ROUTED, ReportStatus.SUBMITTED, 2, "economy"));
            announce(change(report, township, ReportStatus.UNDER_REVIEW, ReportStatus.ROUTED, 3, "economy"));
            await().atMost(PATIENCE).until(() -> live.about(report).size() == 3);

            List<SseMessage> seen = live.about(report);
            assertThat(seen).extracting(SseMessage::event).containsOnly("report-status");
            assertThat(seen).extracting(message -> message.data().path("sequence").asLong()).containsExactly(1L, 2L, 3L);
            assertThat(seen.get(0).id()).isLessThan(seen.get(1).id());
            assertThat(seen.get(1).id()).isLessThan(seen.get(2).id());
            JsonNode data = seen.get(1).data();
            assertThat(data.path("reportId").asString()).isEqualTo(report);
            assertThat(data.path("status").asString()).isEqualTo("ROUTED");
            assertThat(data.path("committee").asString()).isEqualTo("economy");
            assertThat(data.has("title")).isFalse();

            long resumeAfter = seen.get(0).id();
            try (SseClient resumed = SseClient.open(port, TestTokens.viewer(), resumeAfter, false);
                 SseClient resumedByParameter = SseClient.open(port, TestTokens.office(), resumeAfter, true)) {
                announce(change(report, township, ReportStatus.ADOPTED, ReportStatus.UNDER_REVIEW, 4, "economy"));

                await().atMost(PATIENCE).until(() -> live.about(report).size() == 4
                        && resumed.about(report).size() == 3 && resumedByParameter.about(report).size() == 3);
                long upTo = live.about(report).get(3).id();
                List<String> expected = live.between(resumeAfter, upTo);
                assertThat(expected).isNotEmpty();
                assertThat(resumed.between(resumeAfter, upTo)).isEqualTo(expected);
                assertThat(resumed.messages().get(0).id()).isGreaterThan(resumeAfter);
                assertThat(resumedByParameter.between(resumeAfter, upTo)).isEqualTo(expected);
            }
        }
    }

    @Test
    void anOverdueFlagPutsTheReportOnTheOverdueListUntilItsNextStatusChange() throws Exception {
        String report = UUID.randomUUID().toString();
        String township = township();
        announce(change(report, township, ReportStatus.IN_HANDLING, ReportStatus.INSTRUCTED, 8, "economy"));
        ReportFlagged housing = flag(report, township, 8, "housing");
        announceFlag(housing);
        announceFlag(housing);
        announceFlag(flag(report, township, 7, "finance"));

        await().atMost(PATIENCE).untilAsserted(() -> {
            JsonNode item = overdueItem(report);
            assertThat(item).isNotNull();
            assertThat(item.path("overdue")).hasSize(1);
            assertThat(item.path("overdue").get(0).path("unit").asString()).isEqualTo("housing");
            assertThat(item.path("overdue").get(0).path("eventId").asString()).isEqualTo(housing.eventId().toString());
            assertThat(item.path("overdueSince").asString()).isEqualTo(housing.occurredAt().toString());
            assertThat(item.path("status").asString()).isEqualTo("IN_HANDLING");
        });

        announce(change(report, township, ReportStatus.HANDLED, ReportStatus.IN_HANDLING, 9, "economy"));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(overdueItem(report)).isNull());
    }

    @Test
    void aReviewOverdueFlagListsTheReportForItsCommitteeThroughTheClaimUntilTheDecision() throws Exception {
        String report = UUID.randomUUID().toString();
        String township = township();
        String committee = "rc-" + UUID.randomUUID().toString().substring(0, 8);
        announce(change(report, township, ReportStatus.ROUTED, ReportStatus.SUBMITTED, 2, committee));
        ReportFlagged slow = reviewFlag(report, township, 2, committee);
        announceFlag(slow);
        announceFlag(slow);
        announceFlag(reviewFlag(report, township, 2, committee));

        await().atMost(PATIENCE).untilAsserted(() -> {
            JsonNode listed = JSON.readTree(get("/api/dashboard/review-overdue?committee=" + committee,
                    TestTokens.viewer()).body());
            assertThat(listed.path("total").asLong()).isEqualTo(1);
            JsonNode item = listed.path("items").get(0);
            assertThat(item.path("reportId").asString()).isEqualTo(report);
            assertThat(item.path("reviewOverdue").path("committee").asString()).isEqualTo(committee);
            assertThat(item.path("reviewOverdue").path("eventId").asString())
                    .as("the first flag of the stint stays").isEqualTo(slow.eventId().toString());
            assertThat(item.path("reviewOverdueSince").asString()).isEqualTo(slow.occurredAt().toString());
            assertThat(item.path("overdue")).as("not a handling unit's deadline").isEmpty();
            JsonNode summary = JSON.readTree(get("/api/dashboard/summary", TestTokens.viewer()).body());
            assertThat(summary.path("reviewOverdueByCommittee").path(committee).asLong()).isEqualTo(1);
            assertThat(summary.path("reviewOverdue").asLong()).isPositive();
        });
        assertThat(overdueItem(report)).as("the handling overdue list is another list").isNull();
        assertThat(reviewOverdueItem(report, TestTokens.leadersOffice())).isNotNull();

        announce(change(report, township, ReportStatus.UNDER_REVIEW, ReportStatus.ROUTED, 3, committee));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(reviewOverdueItem(report, TestTokens.office())
                .path("status").asString()).as("a claim keeps the flag").isEqualTo("UNDER_REVIEW"));

        announce(change(report, township, ReportStatus.ADOPTED, ReportStatus.UNDER_REVIEW, 4, committee));
        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(reviewOverdueItem(report, TestTokens.viewer())).isNull();
            assertThat(JSON.readTree(get("/api/dashboard/summary", TestTokens.viewer()).body())
                    .path("reviewOverdueByCommittee").has(committee)).isFalse();
        });
        JsonNode adopted = JSON.readTree(get("/api/dashboard/reports?township=" + township, TestTokens.viewer())
                .body()).path("items").get(0);
        assertThat(adopted.path("reviewOverdueSince").isNull()).isTrue();
        assertThat(get("/actuator/prometheus", null).body()).contains("minyi_dashboard_review_overdue_flags_total");
    }

    @Test
    void aReviewOverdueFlagWithoutItsCommitteeIsADeadLetter() throws Exception {
        String report = UUID.randomUUID().toString();
        String township = township();
        announce(change(report, township, ReportStatus.ROUTED, ReportStatus.SUBMITTED, 2, "economy"));
        announceFlag(reviewFlag(report, township, 2, null));

        await().atMost(PATIENCE).until(() -> deadLetters.withKey(report).size() == 1);
        assertThat(deadLetters.withKey(report).get(0).header("kafka_dlt-exception-cause-fqcn"))
                .contains("UnusableStatusEvent");
        assertThat(reviewOverdueItem(report, TestTokens.viewer())).isNull();
    }

    @Test
    void aTransferTakesAnAdoptedReportStraightToForwardedAndTheStreamNamesWhoActed() throws Exception {
        String report = UUID.randomUUID().toString();
        String township = township();
        try (SseClient live = SseClient.open(port, TestTokens.leadersOffice(), null, false)) {
            await().atMost(PATIENCE).until(live::connected);
            announce(acted(change(report, township, ReportStatus.ADOPTED, ReportStatus.UNDER_REVIEW, 4, "economy"),
                    "REVIEWER", "reviewer-economy"));
            announce(acted(change(report, township, ReportStatus.FORWARDED, ReportStatus.ADOPTED, 5, "economy"),
                    "OFFICE", "office"));
            announce(acted(change(report, township, ReportStatus.IN_HANDLING, ReportStatus.FORWARDED, 6, "economy"),
                    "SYSTEM", "system"));

            await().atMost(PATIENCE).until(() -> live.about(report).size() == 3);
            assertThat(live.about(report)).extracting(m -> m.data().path("actor").asString())
                    .containsExactly("reviewer-economy", "office", "system");
            assertThat(live.about(report).get(1).data().path("previousStatus").asString()).isEqualTo("ADOPTED");
        }
        await().atMost(PATIENCE).untilAsserted(() -> {
            JsonNode item = JSON.readTree(get("/api/dashboard/reports?township=" + township, TestTokens.viewer())
                    .body()).path("items").get(0);
            assertThat(item.path("status").asString()).isEqualTo("IN_HANDLING");
            assertThat(item.path("stages").has("FORWARDED")).isTrue();
            assertThat(item.path("stages").has("SENT_TO_LEADERS")).isFalse();
        });
        JsonNode recent = JSON.readTree(get("/api/dashboard/recent?limit=200", TestTokens.viewer()).body());
        List<String> actors = new ArrayList<>();
        recent.path("items").forEach(entry -> {
            if (entry.path("event").path("reportId").asString().equals(report)) {
                actors.add(entry.path("event").path("actor").asString());
            }
        });
        assertThat(actors).containsExactly("system", "office", "reviewer-economy");
    }

    @Test
    void recentAnswersTheLatestChangesNewestFirstAndAStreamGoesOnFromThereWithoutRepeats() throws Exception {
        String report = UUID.randomUUID().toString();
        String township = township();
        announce(change(report, township, ReportStatus.SUBMITTED, null, 1, null));
        announce(change(report, township, ReportStatus.ROUTED, ReportStatus.SUBMITTED, 2, "economy"));

        AtomicReference<JsonNode> recent = new AtomicReference<>();
        await().atMost(PATIENCE).untilAsserted(() -> {
            recent.set(JSON.readTree(get("/api/dashboard/recent?limit=5", TestTokens.viewer()).body()));
            assertThat(recent.get().path("items").get(0).path("event").path("reportId").asString()).isEqualTo(report);
            assertThat(recent.get().path("items").get(0).path("event").path("status").asString()).isEqualTo("ROUTED");
        });
        JsonNode items = recent.get().path("items");
        assertThat(items.get(1).path("event").path("status").asString()).isEqualTo("SUBMITTED");
        assertThat(items.get(0).path("id").asLong()).isGreaterThan(items.get(1).path("id").asLong());
        long lastEventId = recent.get().path("lastEventId").asLong();
        assertThat(lastEventId).isEqualTo(items.get(0).path("id").asLong());

        try (SseClient stream = SseClient.open(port, TestTokens.viewer(), lastEventId, false)) {
            announce(change(report, township, ReportStatus.UNDER_REVIEW, ReportStatus.ROUTED, 3, "economy"));
            await().atMost(PATIENCE).until(() -> !stream.about(report).isEmpty());
            assertThat(stream.about(report)).extracting(m -> m.data().path("status").asString())
                    .containsExactly("UNDER_REVIEW");
        }
    }

    @Test
    void stagesAndTheTrendAreComputedFromTheReportsPaths() throws Exception {
        String report = UUID.randomUUID().toString();
        String township = township();
        Instant now = Instant.now();
        announce(new ReportStatusChanged(UUID.randomUUID(), report, "SQ-2026-000777", ReportStatus.SUBMITTED, null, 1,
                now.minusSeconds(7200), township, null, Category.DAILY_LIFE, "MEMBER"));
        announce(new ReportStatusChanged(UUID.randomUUID(), report, "SQ-2026-000777", ReportStatus.ROUTED,
                ReportStatus.SUBMITTED, 2, now.minusSeconds(3600), township, "economy", Category.DAILY_LIFE, "SYSTEM"));

        await().atMost(PATIENCE).untilAsserted(() -> {
            JsonNode trend = JSON.readTree(get("/api/dashboard/trend?days=7", TestTokens.viewer()).body()).path("items");
            assertThat(trend).hasSize(7);
            assertThat(trend.get(6).path("day").asString())
                    .isEqualTo(LocalDate.now(ZoneId.of("Asia/Shanghai")).toString());
            long submitted = 0;
            for (JsonNode day : trend) {
                submitted += day.path("submitted").asLong();
            }
            assertThat(submitted).isPositive();
        });
        JsonNode stages = JSON.readTree(get("/api/dashboard/stages", TestTokens.leader("county-head")).body()).path("items");
        assertThat(stages.get(0).path("status").asString()).isEqualTo("SUBMITTED");
        assertThat(stages.get(0).path("passages").asLong()).isPositive();
        assertThat(stages.get(0).path("averageSeconds").isNumber()).isTrue();
        List<String> listed = new ArrayList<>();
        stages.forEach(stage -> listed.add(stage.path("status").asString()));
        assertThat(listed).contains("ROUTED", "IN_HANDLING").doesNotContain("CLOSED", "WITHDRAWN");
    }

    @Test
    void submittedReportsAreCountedByTopic() throws Exception {
        String topic = "topic-" + UUID.randomUUID().toString().substring(0, 8);
        String report = UUID.randomUUID().toString();
        ReportSubmitted submitted = new ReportSubmitted(UUID.randomUUID(), report, 1, Instant.now(), "SQ-2026-000888", 1,
                "station-chengguan", new SubmittedReport("关于测试的建议", Category.DAILY_LIFE, "urban", "情况", null,
                "建议", "chengguan", null, List.of(), null, topic, false, null));
        new Announcer(kafka).announce(submitted, ReportSubmitted.TYPE, "intake");
        new Announcer(kafka).announce(submitted, ReportSubmitted.TYPE, "intake");

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(JSON.readTree(
                get("/api/dashboard/summary", TestTokens.viewer()).body()).path("byTopic").path(topic).asLong())
                .isEqualTo(1));
    }

    @Test
    void submittedReportsAreCountedBySourceEverySourceNamed() throws Exception {
        JsonNode before = JSON.readTree(get("/api/dashboard/summary", TestTokens.viewer()).body()).path("bySource");
        assertThat(before.propertyNames()).containsExactly("RESEARCH", "INSPECTION", "CONSULTATION", "HEARING", "DAILY");
        String report = UUID.randomUUID().toString();
        ReportSubmitted submitted = new ReportSubmitted(UUID.randomUUID(), report, 1, Instant.now(), "SQ-2026-000889", 1,
                "station-chengguan", new SubmittedReport("关于视察发现问题的建议", Category.DAILY_LIFE, "urban", "情况", null,
                "建议", "chengguan", null, List.of(), null, null, false, null, Source.INSPECTION));
        new Announcer(kafka).announce(submitted, ReportSubmitted.TYPE, "intake");
        new Announcer(kafka).announce(submitted, ReportSubmitted.TYPE, "intake");

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(JSON.readTree(
                get("/api/dashboard/summary", TestTokens.viewer()).body()).path("bySource").path("INSPECTION").asLong())
                .isEqualTo(before.path("INSPECTION").asLong() + 1));
        assertThat(JSON.readTree(get("/api/dashboard/summary", TestTokens.viewer()).body()).path("bySource")
                .path("HEARING").asLong()).isEqualTo(before.path("HEARING").asLong());
    }

    @Test
    void onlyViewersTheOfficeAndLeadersReadTheBoard() throws Exception {
        HttpResponse<String> unit = get("/api/dashboard/summary", TestTokens.unit("water-bureau"));
        assertThat(unit.statusCode()).isEqualTo(403);
        assertThat(unit.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(get("/api/dashboard/summary", null).statusCode()).isEqualTo(401);
        assertThat(get("/api/dashboard/summary", TestTokens.station("chengguan")).statusCode()).isEqualTo(403);
        assertThat(get("/api/dashboard/reports", TestTokens.reviewer("economy")).statusCode()).isEqualTo(403);
        assertThat(get("/api/dashboard/stream", TestTokens.unit("water-bureau")).statusCode()).isEqualTo(403);
        assertThat(get("/api/dashboard/summary", TestTokens.expired("viewer", "VIEWER")).statusCode()).isEqualTo(401);
        assertThat(get("/api/dashboard/summary", TestTokens.viewer()).statusCode()).isEqualTo(200);
        assertThat(get("/api/dashboard/summary", TestTokens.office()).statusCode()).isEqualTo(200);
        assertThat(get("/api/dashboard/summary", TestTokens.leader("county-head")).statusCode()).isEqualTo(200);
        assertThat(get("/api/dashboard/summary", TestTokens.leadersOffice()).statusCode())
                .as("the leaders' secretariat reads the board as a leader does").isEqualTo(200);
        assertThat(get("/api/dashboard/summary", TestTokens.member("m0004")).statusCode()).isEqualTo(403);
    }

    @Test
    void badParametersAreNamedAndPagesAreCapped() throws Exception {
        HttpResponse<String> unknownStatus = get("/api/dashboard/reports?status=GOSSIP", TestTokens.viewer());
        assertThat(unknownStatus.statusCode()).isEqualTo(400);
        assertThat(fields(unknownStatus)).containsExactly("status");

        HttpResponse<String> injection = get("/api/dashboard/reports?township="
                + URLEncoder.encode("{\"$gt\": \"\"}", StandardCharsets.UTF_8), TestTokens.viewer());
        assertThat(injection.statusCode()).isEqualTo(400);
        assertThat(fields(injection)).containsExactly("township");

        HttpResponse<String> badCommittee = get("/api/dashboard/review-overdue?committee="
                + URLEncoder.encode("{\"$gt\": \"\"}", StandardCharsets.UTF_8), TestTokens.viewer());
        assertThat(badCommittee.statusCode()).isEqualTo(400);
        assertThat(fields(badCommittee)).containsExactly("committee");

        HttpResponse<String> badResume = get("/api/dashboard/stream?lastEventId=yesterday", TestTokens.viewer());
        assertThat(badResume.statusCode()).isEqualTo(400);

        JsonNode page = JSON.readTree(get("/api/dashboard/reports?size=1000", TestTokens.viewer()).body());
        assertThat(page.path("size").asInt()).isEqualTo(100);
        assertThat(page.path("page").asInt()).isZero();
    }

    @Test
    void thePageIsServedWithoutATokenInChineseFirst() throws Exception {
        HttpResponse<String> page = get("/", null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        assertThat(page.body()).contains("lang=\"zh-CN\"", "id=\"summary-total\"", "id=\"feed\"",
                "id=\"lang-toggle\"", "id=\"signin-submit\"", "/assets/dashboard.js", "id=\"overdue-list\"",
                "id=\"stage-chart\"", "id=\"by-topic\"", "id=\"yearend\"",
                "id=\"review-overdue-list\"", "id=\"review-overdue-chart\"").doesNotContain("<script>", "http");
        assertThat(page.body()).as("no field for a secret: people sign in on the authorization server's page")
                .doesNotContain("<form", "<input", "type=\"password\"", "secret");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                policy -> assertThat(policy).contains("script-src 'self'"));

        HttpResponse<String> script = get("/assets/dashboard.js", null);
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.body()).contains("textContent", "Last-Event-ID", "/api/dashboard/recent", "createElementNS")
                .doesNotContain("innerHTML", "cdn.", "unpkg", "googleapis");
        assertThat(script.body()).as("signs in with the console's module (authorization code + PKCE), holds no secret")
                .contains("'/console/js/auth.js'", "auth.signIn(auth.BOARD")
                .doesNotContain("client_credentials", "client_secret", "/oauth2/token", "Basic ", "btoa(");
        assertThat(get("/assets/dashboard.css", null).statusCode()).isEqualTo(200);
        assertThat(get("/index.html", null).statusCode()).isEqualTo(200);
    }

    @Test
    void aPoisonRecordGoesToTheDeadLetterTopicAndTheNextRecordIsStillProjected() throws Exception {
        String report = UUID.randomUUID().toString();
        String township = township();
        ReportStatusChanged valid = change(report, township, ReportStatus.SUBMITTED, null, 1, null);
        ProducerRecord<String, byte[]> poison = new ProducerRecord<>(ReportStatusTopic.NAME, report,
                "{\"eventId\": \"not json".getBytes(StandardCharsets.UTF_8));
        envelope(valid).forEach(poison.headers()::add);
        kafka.send(poison).get();
        announce(valid);

        await().atMost(PATIENCE).until(() -> deadLetters.withKey(report).size() == 1);
        assertThat(deadLetters.withKey(report).get(0).header("kafka_dlt-exception-cause-fqcn"))
                .contains("UnreadableEventException");
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(JSON.readTree(
                get("/api/dashboard/reports?township=" + township, TestTokens.viewer()).body()).path("total").asLong())
                .isEqualTo(1));
        assertThat(get("/actuator/prometheus", null).body()).contains("minyi_kafka_dead_lettered_total",
                "minyi_dashboard_status_events_total", "minyi_dashboard_streams");
    }

    @Test
    void healthIsUpWithAPingBasedMongoCheck() throws Exception {
        HttpResponse<String> health = get("/actuator/health", null);
        assertThat(health.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(health.body());
        assertThat(body.path("status").asString()).isEqualTo("UP");
        assertThat(body.path("components").path("mongo").path("status").asString()).isEqualTo("UP");
        assertThat(bindings.getGroup("reportStatus-in-0")).isEqualTo("dashboard");
        assertThat(bindings.getBindingDestination("reportStatus-in-0")).isEqualTo(ReportStatusTopic.NAME);
        assertThat(lifecycle.queryState("reportStatus-in-0")).isNotEmpty()
                .allSatisfy(binding -> assertThat(binding.isRunning()).isTrue());
    }

    private JsonNode overdueItem(String report) throws Exception {
        for (JsonNode item : JSON.readTree(get("/api/dashboard/overdue?size=100", TestTokens.viewer()).body())
                .path("items")) {
            if (item.path("reportId").asString().equals(report)) {
                return item;
            }
        }
        return null;
    }

    private JsonNode reviewOverdueItem(String report, String token) throws Exception {
        HttpResponse<String> answer = get("/api/dashboard/review-overdue?size=100", token);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        for (JsonNode item : JSON.readTree(answer.body()).path("items")) {
            if (item.path("reportId").asString().equals(report)) {
                return item;
            }
        }
        return null;
    }

    /** REVIEW_OVERDUE as committee-review raises it: the system's, naming the committee whose limit passed. */
    private static ReportFlagged reviewFlag(String report, String township, long sequence, String committee) {
        return new ReportFlagged(UUID.randomUUID(), report, "SQ-2026-000123", ReportFlagged.Flag.REVIEW_OVERDUE,
                sequence, Instant.parse("2026-03-30T00:00:00Z").plusSeconds(sequence), township, committee,
                Category.HARD_PROBLEM, "SYSTEM", null, null, null, "system");
    }

    private static ReportStatusChanged acted(ReportStatusChanged e, String actorRole, String actor) {
        return new ReportStatusChanged(e.eventId(), e.reportId(), e.trackingNumber(), e.status(), e.previousStatus(),
                e.sequence(), e.occurredAt(), e.township(), e.committee(), e.category(), actorRole, null, actor);
    }

    private static ReportFlagged flag(String report, String township, long sequence, String unit) {
        return new ReportFlagged(UUID.randomUUID(), report, "SQ-2026-000123", ReportFlagged.Flag.OVERDUE, sequence,
                Instant.parse("2026-05-16T00:00:00Z").plusSeconds(sequence), township, "economy", Category.HARD_PROBLEM,
                "SYSTEM", unit, null, null);
    }

    private void announceFlag(ReportFlagged flag) throws Exception {
        new Announcer(kafka).announce(flag, ReportFlagged.TYPE, "follow-up");
    }

    private static String township() {
        return "it-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static ReportStatusChanged change(String report, String township, ReportStatus status,
                                              ReportStatus previous, long sequence, String committee) {
        return new ReportStatusChanged(UUID.randomUUID(), report, "SQ-2026-000123", status, previous, sequence,
                Instant.parse("2026-03-15T08:30:00Z").plusSeconds(60 * sequence), township, committee,
                Category.HARD_PROBLEM, "SYSTEM");
    }

    private void announce(ReportStatusChanged event) throws Exception {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(ReportStatusTopic.NAME, event.reportId(),
                EventJson.write(event));
        envelope(event).forEach(record.headers()::add);
        kafka.send(record).get();
    }

    private static List<RecordHeader> envelope(ReportStatusChanged event) {
        List<RecordHeader> headers = new ArrayList<>();
        EventEnvelope.of(event, ReportStatusChanged.TYPE, URI.create("/minyi/routing"), "test", null).toHeaders()
                .forEach((name, value) -> headers.add(new RecordHeader(name, value)));
        return headers;
    }

    private static List<String> fields(HttpResponse<String> answer) {
        List<String> fields = new ArrayList<>();
        JSON.readTree(answer.body()).path("errors").forEach(e -> fields.add(e.path("field").asString()));
        return fields;
    }

    private HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    record SseMessage(long id, String event, JsonNode data) {
    }

    /** A text/event-stream client: reads the stream on its own thread and keeps every message. */
    static final class SseClient implements AutoCloseable {

        private final HttpResponse<InputStream> response;
        private final List<SseMessage> messages = new CopyOnWriteArrayList<>();
        private final Thread reader;
        private volatile boolean connected;

        private SseClient(HttpResponse<InputStream> response) {
            this.response = response;
            this.reader = new Thread(this::read, "sse-client");
            reader.setDaemon(true);
            reader.start();
        }

        /**
         * @param lastEventId  where to resume; {@code null} for only new changes
         * @param asParameter  send it as {@code ?lastEventId=} rather than the {@code Last-Event-ID} header
         */
        static SseClient open(int port, String token, Long lastEventId, boolean asParameter)
                throws IOException, InterruptedException {
            String query = lastEventId != null && asParameter ? "?lastEventId=" + lastEventId : "";
            HttpRequest.Builder request = HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + port + "/api/dashboard/stream" + query))
                    .header("Accept", "text/event-stream")
                    .header("Authorization", "Bearer " + token)
                    .GET();
            if (lastEventId != null && !asParameter) {
                request.header("Last-Event-ID", Long.toString(lastEventId));
            }
            return new SseClient(HTTP.send(request.build(), HttpResponse.BodyHandlers.ofInputStream()));
        }

        int status() {
            return response.statusCode();
        }

        String contentType() {
            return response.headers().firstValue("Content-Type").orElse("");
        }

        boolean connected() {
            return connected;
        }

        List<SseMessage> messages() {
            return List.copyOf(messages);
        }

        List<SseMessage> about(String reportId) {
            return messages.stream().filter(m -> reportId.equals(m.data().path("reportId").asString())).toList();
        }

        /** The id and event id of every message with an id in (after, upTo]. */
        List<String> between(long after, long upTo) {
            return messages.stream().filter(m -> m.id() > after && m.id() <= upTo)
                    .map(m -> m.id() + "/" + m.data().path("eventId").asString()).toList();
        }

        private void read() {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                String id = null;
                String event = null;
                StringBuilder data = new StringBuilder();
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.isEmpty()) {
                        if (!data.isEmpty()) {
                            messages.add(new SseMessage(Long.parseLong(id), event, JSON.readTree(data.toString())));
                        }
                        id = null;
                        event = null;
                        data.setLength(0);
                    } else if (line.startsWith(":")) {
                        connected = true;
                    } else {
                        int colon = line.indexOf(':');
                        String field = colon < 0 ? line : line.substring(0, colon);
                        String value = colon < 0 ? "" : line.substring(colon + 1);
                        value = value.startsWith(" ") ? value.substring(1) : value;
                        if (field.equals("id")) {
                            id = value;
                        } else if (field.equals("event")) {
                            event = value;
                        } else if (field.equals("data")) {
                            data.append(data.isEmpty() ? "" : "\n").append(value);
                        }
                    }
                }
            } catch (IOException e) {
                // the stream was closed
            }
        }

        @Override
        public void close() throws IOException {
            response.body().close();
        }
    }
}
