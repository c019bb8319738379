package org.minyi.intake;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.minyi.events.EventEnvelope;
import org.minyi.events.EventJson;
import org.minyi.events.intake.Category;
import org.minyi.events.intake.IntakeTopics;
import org.minyi.events.status.ReportStatus;
import org.minyi.events.status.ReportStatusChanged;
import org.minyi.events.status.ReportStatusTopic;
import org.minyi.intake.report.domain.DuplicatePolicy;
import org.minyi.intake.report.domain.MinHash;
import org.minyi.intake.report.domain.ReportId;
import org.minyi.intake.report.domain.Signature;
import org.minyi.intake.report.domain.SimilarityIndex;
import org.minyi.intake.report.persistence.IndexedSimilarReports;
import org.minyi.testing.MinyiIntegrationTest;
import org.minyi.testing.TestTokens;
import org.minyi.testing.TopicRecorder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.micrometer.metrics.test.autoconfigure.AutoConfigureMetrics;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Intake on a real Kafka broker and a MongoDB-wire server, called over HTTP with signed tokens. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.mongodb.database=intake_it")
@MinyiIntegrationTest
@Import(TestClock.class)
@AutoConfigureMetrics
class IntakeIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static TopicRecorder topics;

    @LocalServerPort
    int port;

    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    @Autowired
    TestClock.Movable clock;

    @Autowired
    MongoTemplate mongo;

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    @BeforeAll
    static void record() {
        topics = TopicRecorder.of(ReportStatusTopic.NAME, IntakeTopics.REPORT_EVENTS);
    }

    @AfterAll
    static void stop() {
        topics.close();
    }

    @Test
    void aStationSubmitsAndTheReportIsAnnouncedOnReportStatusAndToRouting() throws Exception {
        HttpResponse<String> answer = post("/api/reports", TestTokens.station("chengguan"), report("chengguan"), null);

        assertThat(answer.statusCode()).isEqualTo(201);
        JsonNode body = JSON.readTree(answer.body());
        String id = body.path("id").asString();
        assertThat(answer.headers().firstValue("Location")).contains("/api/reports/" + id);
        assertThat(body.path("trackingNumber").asString()).matches("SQ-\\d{4}-\\d{6}");
        assertThat(body.path("status").asString()).isEqualTo("SUBMITTED");

        await().atMost(Duration.ofSeconds(20)).until(() -> topics.withKey(id).size() >= 2);
        TopicRecorder.Recorded status = topics.withKey(id).stream()
                .filter(r -> r.topic().equals(ReportStatusTopic.NAME)).findFirst().orElseThrow();
        JsonNode statusBody = JSON.readTree(status.value());
        assertThat(statusBody.path("status").asString()).isEqualTo("SUBMITTED");
        assertThat(statusBody.path("sequence").asLong()).isEqualTo(1);
        assertThat(statusBody.path("trackingNumber").asString()).isEqualTo(body.path("trackingNumber").asString());
        assertThat(statusBody.path("township").asString()).isEqualTo("chengguan");
        assertThat(statusBody.has("situation")).as("no report text on the public topic").isFalse();
        assertThat(status.header("ce_specversion")).isEqualTo("1.0");
        assertThat(status.header("ce_type")).isEqualTo("minyi.status.ReportStatusChanged.v1");
        assertThat(status.header("ce_source")).isEqualTo("/minyi/intake");
        assertThat(status.header("ce_id")).isEqualTo(statusBody.path("eventId").asString());
        assertThat(status.header("ce_time")).isNotBlank();

        TopicRecorder.Recorded submitted = topics.withKey(id).stream()
                .filter(r -> r.topic().equals(IntakeTopics.REPORT_EVENTS)).findFirst().orElseThrow();
        assertThat(JSON.readTree(submitted.value()).path("report").path("title").asString())
                .isEqualTo("关于农村寄递物流“最后一公里”的建议");
        assertThat(submitted.header("ce_correlationid")).isEqualTo(status.header("ce_correlationid"));
    }

    @Test
    void theSourceIsKeptShownAndPassedOnWithTheSubmission() throws Exception {
        String body = report("chengguan").replace("\"urgent\":false", "\"urgent\":false,\"source\":\"INSPECTION\"");
        HttpResponse<String> answer = post("/api/reports", TestTokens.station("chengguan"), body, null);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        String id = JSON.readTree(answer.body()).path("id").asString();

        JsonNode stored = JSON.readTree(get("/api/reports/" + id, TestTokens.station("chengguan")).body());
        assertThat(stored.path("source").asString()).isEqualTo("INSPECTION");
        await().atMost(Duration.ofSeconds(20)).until(() -> topics.withKey(id).stream()
                .anyMatch(r -> r.topic().equals(IntakeTopics.REPORT_EVENTS)));
        TopicRecorder.Recorded submitted = topics.withKey(id).stream()
                .filter(r -> r.topic().equals(IntakeTopics.REPORT_EVENTS)).findFirst().orElseThrow();
        assertThat(JSON.readTree(submitted.value()).path("report").path("source").asString()).isEqualTo("INSPECTION");

        // without one, the report simply has none
        String plain = JSON.readTree(post("/api/reports", TestTokens.station("chengguan"), report("chengguan"), null)
                .body()).path("id").asString();
        assertThat(JSON.readTree(get("/api/reports/" + plain, TestTokens.station("chengguan")).body())
                .path("source").isNull()).isTrue();
    }

    @Test
    void aRepeatUnderTheSameIdempotencyKeyReturnsTheFirstAnswerAndAnotherBodyIsRefused() throws Exception {
        String key = UUID.randomUUID().toString();
        HttpResponse<String> first = post("/api/reports", TestTokens.station("xishan"), report("xishan"), key);
        HttpResponse<String> again = post("/api/reports", TestTokens.station("xishan"), report("xishan"), key);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(JSON.readTree(again.body()).path("id")).isEqualTo(JSON.readTree(first.body()).path("id"));
        assertThat(again.headers().firstValue("Idempotent-Replayed")).contains("true");

        String other = report("xishan").replace("整合邮政", "统筹邮政");
        HttpResponse<String> different = post("/api/reports", TestTokens.station("xishan"), other, key);
        assertThat(different.statusCode()).isEqualTo(422);
        assertThat(different.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void parallelRepeatsCreateOneReport() throws Exception {
        String key = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            calls.add(() -> post("/api/reports", TestTokens.station("nanhu"), report("nanhu"), key));
        }
        List<String> ids = new ArrayList<>();
        for (Future<HttpResponse<String>> answer : pool.invokeAll(calls)) {
            assertThat(answer.get().statusCode()).isEqualTo(201);
            ids.add(JSON.readTree(answer.get().body()).path("id").asString());
        }
        pool.shutdown();

        assertThat(ids).containsOnly(ids.get(0));
        await().atMost(Duration.ofSeconds(20)).until(() -> !topics.withKey(ids.get(0)).isEmpty());
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() ->
                topics.withKey(ids.get(0)).stream().filter(r -> r.topic().equals(ReportStatusTopic.NAME)).count() == 1);
    }

    @Test
    void aStationCannotSubmitForAnotherTownshipAndNothingIsStored() throws Exception {
        HttpResponse<String> answer = post("/api/reports", TestTokens.station("chengguan"), report("xishan"), null);

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(answer.body()).path("title").asString()).contains("联络站");
    }

    @Test
    void onlyStationsAndMembersSubmit() throws Exception {
        assertThat(post("/api/reports", TestTokens.office(), report("xishan"), null).statusCode()).isEqualTo(403);
        assertThat(post("/api/reports", TestTokens.viewer(), report("xishan"), null).statusCode()).isEqualTo(403);
        assertThat(post("/api/reports", null, report("xishan"), null).statusCode()).isEqualTo(401);
        assertThat(post("/api/reports", TestTokens.expired("station-xishan", "STATION"), report("xishan"), null)
                .statusCode()).isEqualTo(401);
        assertThat(post("/api/reports", TestTokens.foreign("station-xishan", "STATION"), report("xishan"), null)
                .statusCode()).isEqualTo(401);
    }

    @Test
    void anIdempotencyKeyIsKeptForMoreThanADay() throws Exception {
        String key = UUID.randomUUID().toString();
        HttpResponse<String> first = post("/api/reports", TestTokens.station("hekou"), report("hekou"), key);

        clock.advance(Duration.ofHours(25));
        HttpResponse<String> nextDay = post("/api/reports", TestTokens.station("hekou"), report("hekou"), key);
        HttpResponse<String> otherBody = post("/api/reports", TestTokens.station("hekou"),
                report("hekou").replace("整合邮政", "统筹邮政"), key);

        assertThat(nextDay.statusCode()).isEqualTo(201);
        assertThat(nextDay.headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(JSON.readTree(nextDay.body()).path("id")).isEqualTo(JSON.readTree(first.body()).path("id"));
        assertThat(otherBody.statusCode()).isEqualTo(422);
    }

    @Test
    void trackingNumbersAreUniqueAndIncreasingWhenRepeatsAndParallelSubmissionsRace() throws Exception {
        String key = UUID.randomUUID().toString();
        List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            calls.add(() -> post("/api/reports", TestTokens.station("baisha"), report("baisha"), key));
        }
        for (String township : List.of("chengguan", "hekou", "xinji", "baisha", "longquan", "shiqiao", "liulin",
                "sanhe", "qingshan", "shuangmiao", "mafang", "taoyuan")) {
            calls.add(() -> post("/api/reports", TestTokens.station(township), report(township), null));
        }
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<String> numbers = new ArrayList<>();
        for (Future<HttpResponse<String>> answer : pool.invokeAll(calls)) {
            assertThat(answer.get().statusCode()).isEqualTo(201);
            numbers.add(JSON.readTree(answer.get().body()).path("trackingNumber").asString());
        }
        pool.shutdown();

        assertThat(numbers.stream().distinct()).hasSize(13);
        List<String> stored = allReports().stream().map(item -> item.path("trackingNumber").asString()).toList();
        assertThat(stored).doesNotHaveDuplicates().containsAll(numbers);
    }

    @Test
    void aLostCounterIsRaisedPastTheStoredNumbersWithoutTakingOneTwice() throws Exception {
        String before = JSON.readTree(post("/api/reports", TestTokens.station("qingshan"), report("qingshan"), null)
                .body()).path("trackingNumber").asString();
        mongo.remove(Query.query(Criteria.where("_id").is("tracking-" + before.substring(3, 7))), "counters");

        String after = JSON.readTree(post("/api/reports", TestTokens.station("qingshan"), report("qingshan"), null)
                .body()).path("trackingNumber").asString();

        assertThat(Integer.parseInt(after.substring(8))).isEqualTo(Integer.parseInt(before.substring(8)) + 1);
    }

    @Test
    void aReplicaThatStartsAfreshLearnsTheRecentWordingFromTheDatabase() throws Exception {
        String text = report("sanhe").replace("部分行政村快递无法直接送达", "三河镇十二个行政村的快递已有两个月无法直接送达");
        String id = JSON.readTree(post("/api/reports", TestTokens.station("sanhe"), text, null).body())
                .path("id").asString();
        IndexedSimilarReports fresh = new IndexedSimilarReports(mongo, SimilarityIndex.standard(),
                DuplicatePolicy.STANDARD, clock, Duration.ofMinutes(1));

        fresh.refresh();

        Signature wording = MinHash.STANDARD.of(String.join("\n", "关于农村寄递物流“最后一公里”的建议",
                "三河镇十二个行政村的快递已有两个月无法直接送达，群众需到镇上取件。", "",
                "建议整合邮政、供销与快递资源，建设村级综合服务站。")).orElseThrow();
        assertThat(fresh.similarTo("qinghe", wording, new ReportId("another"), Instant.now().minus(Duration.ofDays(1)),
                0.9, 5)).extracting(d -> d.reportId().value()).contains(id);
    }

    @Test
    void aJointReportIsSeenAndAmendedByEachOfItsAuthors() throws Exception {
        String joint = report("chengguan").replace("\"authors\": []", "\"authors\": [\"m0004\", \"m0005\", \"m0006\"]")
                .replace("{", "{\"onBehalfOf\": {\"kind\": \"GROUP\", \"name\": \"县政协经济界别小组\"}, ");
        HttpResponse<String> submitted = post("/api/reports", TestTokens.member("m0005"), joint, null);
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        String id = JSON.readTree(submitted.body()).path("id").asString();

        for (String author : List.of("m0004", "m0005", "m0006")) {
            assertThat(get("/api/reports/" + id, TestTokens.member(author)).statusCode()).isEqualTo(200);
        }
        assertThat(get("/api/reports/" + id, TestTokens.member("m0007")).statusCode()).isEqualTo(404);
        JsonNode view = JSON.readTree(get("/api/reports/" + id, TestTokens.member("m0004")).body());
        assertThat(view.path("onBehalfOf").path("kind").asString()).isEqualTo("GROUP");
        assertThat(view.path("authors")).hasSize(3);

        assertThat(post("/api/reports", TestTokens.member("m0007"), joint, null).statusCode())
                .as("a member not among the authors").isEqualTo(403);
        String inAStationsName = report("chengguan").replace("\"authors\": []", "\"authors\": [\"m0004\"]")
                .replace("{", "{\"onBehalfOf\": {\"kind\": \"STATION\", \"name\": \"城关镇联络站\"}, ");
        assertThat(post("/api/reports", TestTokens.member("m0004"), inAStationsName, null).statusCode())
                .as("only a station writes in a station's name").isEqualTo(403);

        HttpResponse<String> withdrawn = post("/api/reports/" + id + "/withdraw", TestTokens.member("m0006"), "", null);
        assertThat(withdrawn.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(withdrawn.body()).path("status").asString()).isEqualTo("WITHDRAWN");
    }

    @Test
    void aReturnedReportIsRevisedAndGoesBackToRoutingWithItsWholeHistory() throws Exception {
        JsonNode accepted = JSON.readTree(post("/api/reports", TestTokens.station("xinji"), report("xinji"), null).body());
        String id = accepted.path("id").asString();
        String tracking = accepted.path("trackingNumber").asString();
        HttpResponse<String> tooEarly = put("/api/reports/" + id, TestTokens.station("xinji"), report("xinji"));
        assertThat(tooEarly.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(tooEarly.body()).path("currentStatus").asString()).isEqualTo("SUBMITTED");

        announce(status(id, tracking, ReportStatus.ROUTED, ReportStatus.SUBMITTED, 2, "SYSTEM"));
        announce(status(id, tracking, ReportStatus.UNDER_REVIEW, ReportStatus.ROUTED, 3, "REVIEWER"));
        announce(status(id, tracking, ReportStatus.RETURNED, ReportStatus.UNDER_REVIEW, 4, "REVIEWER"));
        await().atMost(Duration.ofSeconds(20)).until(() -> JSON.readTree(get("/api/reports/" + id,
                TestTokens.station("xinji")).body()).path("status").asString().equals("RETURNED"));

        HttpResponse<String> revised = put("/api/reports/" + id, TestTokens.station("xinji"),
                report("xinji").replace("建设村级综合服务站", "在每个行政村建设综合服务站"));

        assertThat(revised.statusCode()).as(revised.body()).isEqualTo(200);
        JsonNode view = JSON.readTree(revised.body());
        assertThat(view.path("status").asString()).isEqualTo("SUBMITTED");
        assertThat(view.path("revision").asInt()).isEqualTo(2);
        await().atMost(Duration.ofSeconds(20)).until(() -> topics.withKey(id).stream()
                .filter(r -> r.topic().equals(IntakeTopics.REPORT_EVENTS)).count() == 2);
        JsonNode again = JSON.readTree(topics.withKey(id).stream().filter(r -> r.topic().equals(IntakeTopics.REPORT_EVENTS)
                && "5".equals(r.header("ce_reportsequence"))).findFirst().orElseThrow().value());
        assertThat(again.path("revision").asInt()).isEqualTo(2);
        assertThat(again.path("report").path("suggestions").asString()).contains("在每个行政村");
        JsonNode timeline = JSON.readTree(get("/api/reports/" + id + "/timeline", TestTokens.station("xinji")).body());
        assertThat(timeline.path("steps")).extracting(step -> step.path("status").asString())
                .containsExactly("SUBMITTED", "ROUTED", "UNDER_REVIEW", "RETURNED", "SUBMITTED");
        assertThat(timeline.path("steps")).extracting(step -> step.path("actorRole").asString())
                .containsExactly("STATION", "SYSTEM", "REVIEWER", "REVIEWER", "STATION");
    }

    @Test
    void qualityFindingsAndPossibleDuplicatesTravelWithTheSubmission() throws Exception {
        String first = """
                {"title": "关于治理枣林河养殖粪污污染的建议", "category": "EMERGING_RISK", "domain": "environment",
                 "situation": "枣林乡沿河分布的生猪养殖场有9家，部分养殖场粪污处理设施不完善，雨天粪污直接排入枣林河，河水发黑发臭。",
                 "suggestions": "建议开展专项执法检查，督促养殖场配套建设粪污处理设施。", "township": "zaolin",
                 "authors": ["m0008"], "occurredOn": "%s"}""".formatted(LocalDate.now().minusDays(40));
        String again = """
                {"title": "枣林河被养殖粪污污染", "category": "EMERGING_RISK", "domain": "environment",
                 "situation": "枣林乡沿河有9家生猪养殖场，一些养殖场粪污处理设施不完善，一下雨粪污就直接流进枣林河，河水又黑又臭。",
                 "suggestions": "建议生态环境部门开展专项执法检查，督促养殖场配套粪污处理设施。", "township": "zaolin",
                 "sector": "agriculture", "authors": []}""";
        JsonNode firstAnswer = JSON.readTree(post("/api/reports", TestTokens.member("m0008"), first, null).body());
        String firstId = firstAnswer.path("id").asString();
        assertThat(firstAnswer.path("quality").path("flags")).extracting(JsonNode::asString)
                .containsExactly("NO_SECTOR_VIEW", "SLOW");

        HttpResponse<String> second = post("/api/reports", TestTokens.station("zaolin"), again, null);
        String secondId = JSON.readTree(second.body()).path("id").asString();

        await().atMost(Duration.ofSeconds(20)).until(() -> topics.withKey(secondId).stream()
                .anyMatch(r -> r.topic().equals(IntakeTopics.REPORT_EVENTS)));
        JsonNode quality = JSON.readTree(topics.withKey(secondId).stream()
                .filter(r -> r.topic().equals(IntakeTopics.REPORT_EVENTS)).findFirst().orElseThrow().value())
                .path("quality");
        assertThat(quality.path("flags")).isEmpty();
        assertThat(quality.path("possibleDuplicates")).singleElement().satisfies(d -> {
            assertThat(d.path("reportId").asString()).isEqualTo(firstId);
            assertThat(d.path("trackingNumber").asString()).isEqualTo(firstAnswer.path("trackingNumber").asString());
            assertThat(d.path("similarity").asDouble()).isBetween(0.12, 1.0);
        });
        assertThat(JSON.readTree(get("/api/reports/" + secondId, TestTokens.office()).body())
                .path("quality").path("possibleDuplicates")).hasSize(1);
        assertThat(JSON.readTree(get("/api/reports/" + secondId, TestTokens.station("zaolin")).body())
                .path("quality").path("possibleDuplicates").isNull())
                .as("a station is not shown other townships' reports").isTrue();

        // a reviewer is named only the similar reports of its own committee
        String secondTracking = JSON.readTree(second.body()).path("trackingNumber").asString();
        announce(status(secondId, secondTracking, ReportStatus.ROUTED, ReportStatus.SUBMITTED, 2, "SYSTEM"));
        await().atMost(Duration.ofSeconds(20)).until(() -> get("/api/reports/" + secondId,
                TestTokens.reviewer("economy")).statusCode() == 200);
        assertThat(JSON.readTree(get("/api/reports/" + secondId, TestTokens.reviewer("economy")).body())
                .path("quality").path("possibleDuplicates")).as("the first report is not the economy committee's")
                .isEmpty();
        announce(status(firstId, firstAnswer.path("trackingNumber").asString(), ReportStatus.ROUTED,
                ReportStatus.SUBMITTED, 2, "SYSTEM"));
        await().atMost(Duration.ofSeconds(20)).until(() -> JSON.readTree(get("/api/reports/" + secondId,
                TestTokens.reviewer("economy")).body()).path("quality").path("possibleDuplicates").size() == 1);
    }

    @Test
    void statusAnnouncedByOtherServicesJoinsTheTimelineOnce() throws Exception {
        JsonNode accepted = JSON.readTree(post("/api/reports", TestTokens.station("chengguan"), report("chengguan"), null).body());
        String id = accepted.path("id").asString();
        ReportStatusChanged routed = new ReportStatusChanged(UUID.randomUUID(), id,
                accepted.path("trackingNumber").asString(), ReportStatus.ROUTED, ReportStatus.SUBMITTED, 2,
                Instant.now(), "chengguan", "economy", Category.DAILY_LIFE, "SYSTEM");

        announce(routed);
        announce(routed);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode timeline = JSON.readTree(get("/api/reports/" + id + "/timeline", TestTokens.station("chengguan")).body());
            assertThat(timeline.path("status").asString()).isEqualTo("ROUTED");
            assertThat(timeline.path("steps").size()).isEqualTo(2);
        });
        JsonNode view = JSON.readTree(get("/api/reports/" + id, TestTokens.reviewer("economy")).body());
        assertThat(view.path("committee").asString()).isEqualTo("economy");
    }

    @Test
    void aReportIsVisibleOnlyToThoseAllowedAndOthersAreToldItDoesNotExist() throws Exception {
        String id = JSON.readTree(post("/api/reports", TestTokens.member("m0004"),
                report("chengguan").replace("\"authors\": []", "\"authors\": [\"m0004\"]"), null).body())
                .path("id").asString();

        assertThat(get("/api/reports/" + id, TestTokens.member("m0004")).statusCode()).isEqualTo(200);
        assertThat(get("/api/reports/" + id, TestTokens.station("chengguan")).statusCode()).isEqualTo(200);
        assertThat(get("/api/reports/" + id, TestTokens.office()).statusCode()).isEqualTo(200);
        assertThat(get("/api/reports/" + id, TestTokens.station("xishan")).statusCode()).isEqualTo(404);
        assertThat(get("/api/reports/" + id, TestTokens.member("m0005")).statusCode()).isEqualTo(404);
        assertThat(get("/api/reports/" + id, TestTokens.reviewer("economy")).statusCode()).isEqualTo(404);

        JsonNode list = JSON.readTree(get("/api/reports?township=chengguan&size=1000", TestTokens.station("xishan")).body());
        assertThat(list.path("total").asLong()).isZero();
        assertThat(list.path("size").asInt()).isEqualTo(100);
    }

    @Test
    void referenceListsCarryCodesAndChineseNames() throws Exception {
        JsonNode townships = JSON.readTree(get("/api/reference/townships", TestTokens.viewer()).body());
        assertThat(townships.path("total").asInt()).isEqualTo(19);
        assertThat(townships.path("items").get(0).path("name").asString()).endsWith("镇");
        JsonNode members = JSON.readTree(get("/api/reference/members?size=1000", TestTokens.viewer()).body());
        assertThat(members.path("total").asInt()).isEqualTo(300);
        assertThat(members.path("items").get(0).has("sector")).isTrue();
        assertThat(members.path("items").get(0).has("gender")).isFalse();
        assertThat(get("/api/reference/planets", TestTokens.viewer()).statusCode()).isEqualTo(404);
    }

    @Test
    void healthIsUpWithAPingBasedMongoCheck() throws Exception {
        HttpResponse<String> health = get("/actuator/health", null);
        assertThat(health.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(health.body());
        assertThat(body.path("status").asString()).isEqualTo("UP");
        assertThat(body.path("components").path("mongo").path("status").asString()).isEqualTo("UP");
        assertThat(get("/actuator/prometheus", null).body()).contains("minyi_outbox_published");
    }

    private void announce(ReportStatusChanged event) throws Exception {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(ReportStatusTopic.NAME, event.reportId(),
                EventJson.write(event));
        EventEnvelope.of(event, ReportStatusChanged.TYPE, URI.create("/minyi/routing"), "test", null).toHeaders()
                .forEach((name, value) -> record.headers().add(new RecordHeader(name, value)));
        kafka.send(record).get();
    }

    private static ReportStatusChanged status(String id, String tracking, ReportStatus status, ReportStatus previous,
                                              long sequence, String actorRole) {
        return new ReportStatusChanged(UUID.randomUUID(), id, tracking, status, previous, sequence, Instant.now(),
                "xinji", "economy", Category.DAILY_LIFE, actorRole);
    }

    private List<JsonNode> allReports() throws IOException, InterruptedException {
        List<JsonNode> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode answer = JSON.readTree(get("/api/reports?size=100&page=" + page, TestTokens.office()).body());
            answer.path("items").forEach(all::add);
            if (all.size() >= answer.path("total").asLong() || answer.path("items").isEmpty()) {
                return all;
            }
        }
    }

    static String report(String township) {
        return JSON.writeValueAsString(Map.of(
                "title", "关于农村寄递物流“最后一公里”的建议",
                "category", "DAILY_LIFE",
                "domain", "transport",
                "situation", "部分行政村快递无法直接送达，群众需到镇上取件。",
                "suggestions", "建议整合邮政、供销与快递资源，建设村级综合服务站。",
                "township", township,
                "authors", List.of(),
                "urgent", false)).replace("\"authors\":[]", "\"authors\": []");
    }

    private HttpResponse<String> post(String path, String token, String body, String idempotencyKey)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> put(String path, String token, String body) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
