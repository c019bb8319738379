package org.minyi.leadership;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.minyi.events.EventEnvelope;
import org.minyi.events.EventJson;
import org.minyi.events.EventType;
import org.minyi.events.ReportEvent;
import org.minyi.events.intake.Category;
import org.minyi.events.intake.SubmittedReport;
import org.minyi.events.leadership.LeadershipTopics;
import org.minyi.events.review.Grade;
import org.minyi.events.review.ReportSentToLeaders;
import org.minyi.events.review.ReviewTopics;
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
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Leadership-instruction on a real Kafka broker and a MongoDB-wire server, called over HTTP with signed tokens. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.mongodb.database=leadership_it")
@MinyiIntegrationTest
@AutoConfigureMetrics
class LeadershipIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String DEAD_LETTERS = "leadership-instruction.dlt";
    static final LocalDate NEXT_MONTH = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusMonths(1);
    static final String COUNTY_HEAD = TestTokens.leader("county-head");
    private static final String DEPUTY_HEAD = TestTokens.leader("deputy-head-urban");
    private static final String PARTY_SECRETARY = TestTokens.leader("party-secretary");
    private static final String SECRETARIAT = TestTokens.leadersOffice();
    private static TopicRecorder topics;

    @LocalServerPort
    int port;

    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    @BeforeAll
    static void record() {
        topics = TopicRecorder.of(LeadershipTopics.INSTRUCTION_EVENTS, ReportStatusTopic.NAME, DEAD_LETTERS);
    }

    @AfterAll
    static void stop() {
        topics.close();
    }

    @Test
    void aReportSentToTheLeadersLandsInTheirInboxOnceUrgentFirstAndOnlyLeadersAndTheOfficeSeeIt() throws Exception {
        ReportSentToLeaders ordinary = sentToLeaders(false);
        ReportSentToLeaders urgent = sentToLeaders(true);

        announce(ordinary, ReportSentToLeaders.TYPE, "/minyi/committee-review");
        announce(ordinary, ReportSentToLeaders.TYPE, "/minyi/committee-review");
        announce(urgent, ReportSentToLeaders.TYPE, "/minyi/committee-review");

        await().atMost(PATIENCE).untilAsserted(() -> {
            List<String> ids = inboxIds(COUNTY_HEAD);
            assertThat(ids).containsOnlyOnce(ordinary.reportId(), urgent.reportId());
            assertThat(ids.indexOf(urgent.reportId())).isLessThan(ids.indexOf(ordinary.reportId()));
        });
        assertThat(inboxIds(TestTokens.office())).contains(ordinary.reportId());
        assertThat(inboxIds(SECRETARIAT)).contains(ordinary.reportId());
        assertThat(inboxIds(PARTY_SECRETARY)).as("a sending that names no leaders reaches every leader")
                .contains(ordinary.reportId());

        JsonNode entry = inbox(TestTokens.office()).path("items").valueStream()
                .filter(item -> item.path("reportId").asString().equals(ordinary.reportId())).findFirst().orElseThrow();
        assertThat(entry.path("trackingNumber").asString()).isEqualTo(ordinary.trackingNumber());
        assertThat(entry.path("grade").asString()).isEqualTo("A");
        assertThat(entry.path("publication").asString()).isEqualTo("zb-2026-03");
        assertThat(entry.path("status").asString()).isEqualTo("SENT_TO_LEADERS");
        assertThat(entry.has("situation")).as("no report body in the inbox list").isFalse();
        assertThat(entry.path("leaders").size()).as("every leader of the reference data").isEqualTo(9);

        JsonNode item = JSON.readTree(get("/api/leadership/reports/" + ordinary.reportId(), COUNTY_HEAD).body());
        assertThat(item.path("situation").asString()).startsWith("城关镇现有");
        assertThat(item.path("suggestions").asString()).startsWith("建议县住建局");
        assertThat(item.path("authors").size()).isEqualTo(2);
        assertThat(item.path("sequence").asLong()).isEqualTo(5);
        assertThat(item.path("sentAt").asString()).isNotBlank();

        assertThat(get("/api/leadership/inbox", TestTokens.unit("finance")).statusCode()).isEqualTo(403);
        assertThat(get("/api/leadership/inbox", TestTokens.viewer()).statusCode()).isEqualTo(403);
        assertThat(get("/api/leadership/reports/" + ordinary.reportId(), TestTokens.viewer()).statusCode())
                .isEqualTo(403);
        assertThat(get("/api/leadership/inbox", null).statusCode()).isEqualTo(401);
        assertThat(get("/api/leadership/reports/" + UUID.randomUUID(), COUNTY_HEAD).statusCode())
                .isEqualTo(404);
        assertThat(inbox(COUNTY_HEAD, "?size=1000").path("size").asInt()).isEqualTo(100);
    }

    @Test
    void aLeaderInstructsFollowUpLearnsOfTheUnitsAndALaterInstructionIsNewerThanTheHandling() throws Exception {
        ReportSentToLeaders sent = received(false);
        String id = sent.reportId();

        HttpResponse<String> answer = post("/api/leadership/reports/" + id + "/instructions", COUNTY_HEAD,
                instruction("LEAD", "SUPPORT"));

        assertThat(answer.statusCode()).isEqualTo(201);
        JsonNode item = JSON.readTree(answer.body());
        assertThat(item.path("status").asString()).isEqualTo("INSTRUCTED");
        assertThat(item.path("sequence").asLong()).isEqualTo(6);
        assertThat(item.path("instructions").get(0).path("instructionId").asString()).isNotBlank();
        assertThat(inboxIds(COUNTY_HEAD)).doesNotContain(id);

        TopicRecorder.Recorded issued = awaitOne(id, LeadershipTopics.INSTRUCTION_EVENTS, 6);
        JsonNode instruction = JSON.readTree(issued.value());
        assertThat(instruction.path("leader").asString()).isEqualTo("county-head");
        assertThat(instruction.path("leaderName").asString()).isEqualTo("李明");
        assertThat(instruction.path("leaderTitle").asString()).isEqualTo("县长");
        assertThat(instruction.path("instructedOn").asString())
                .isEqualTo(LocalDate.now(ZoneId.of("Asia/Shanghai")).toString());
        assertThat(instruction.path("recordedBy").asString()).isEqualTo("leader-county-head");
        assertThat(instruction.path("level").asString()).isEqualTo("COUNTY");
        assertThat(instruction.path("units").get(0).path("unit").asString()).isEqualTo("housing-construction");
        assertThat(instruction.path("units").get(0).path("role").asString()).isEqualTo("LEAD");
        assertThat(instruction.path("units").get(0).path("deadline").asString()).isEqualTo(NEXT_MONTH.toString());
        assertThat(instruction.path("units").get(1).path("role").asString()).isEqualTo("SUPPORT");
        assertThat(instruction.path("report").path("trackingNumber").asString()).isEqualTo(sent.trackingNumber());
        assertThat(instruction.path("report").path("committee").asString()).isEqualTo("economy");
        assertThat(instruction.path("report").path("situation").asString()).as("the units read the report's text")
                .startsWith("城关镇现有");
        assertThat(instruction.path("report").path("suggestions").asString()).startsWith("建议县住建局");
        assertThat(issued.header("ce_type")).isEqualTo("minyi.leadership.InstructionIssued.v1");
        assertThat(issued.header("ce_source")).isEqualTo("/minyi/leadership-instruction");
        assertThat(issued.header("ce_specversion")).isEqualTo("1.0");
        assertThat(issued.header("ce_id")).isEqualTo(instruction.path("eventId").asString());
        assertThat(issued.header("ce_reportsequence")).isEqualTo("6");
        assertThat(issued.header("ce_time")).isNotBlank();

        JsonNode status = JSON.readTree(awaitOne(id, ReportStatusTopic.NAME, 6).value());
        assertThat(status.path("status").asString()).isEqualTo("INSTRUCTED");
        assertThat(status.path("previousStatus").asString()).isEqualTo("SENT_TO_LEADERS");
        assertThat(status.path("actorRole").asString()).isEqualTo("LEADER");
        assertThat(status.path("actor").asString()).isEqualTo("leader-county-head");
        assertThat(status.path("township").asString()).isEqualTo("chengguan");
        assertThat(status.has("title")).as("codes only on the public topic").isFalse();

        ReportStatusChanged handling = new ReportStatusChanged(UUID.randomUUID(), id, sent.trackingNumber(),
                ReportStatus.IN_HANDLING, ReportStatus.INSTRUCTED, 7, Instant.now(), "chengguan", "economy",
                Category.HARD_PROBLEM, "SYSTEM");
        announce(handling, ReportStatusChanged.TYPE, "/minyi/follow-up");
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(JSON.readTree(
                get("/api/leadership/reports/" + id, TestTokens.office()).body()).path("sequence").asLong()).isEqualTo(7));

        HttpResponse<String> again = post("/api/leadership/reports/" + id + "/instructions", DEPUTY_HEAD,
                instructionBy(null, "LEAD"));
        assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
        JsonNode twice = JSON.readTree(again.body());
        assertThat(twice.path("instructions").size()).isEqualTo(2);
        assertThat(twice.path("instructions").valueStream().map(i -> i.path("leader").asString()))
                .as("another leader instructs the same report; every instruction is kept")
                .containsExactly("county-head", "deputy-head-urban");
        assertThat(twice.path("instructions").get(0).path("instructedOn").asString())
                .isEqualTo(LocalDate.now(ZoneId.of("Asia/Shanghai")).toString());
        assertThat(twice.path("instructions").get(1).path("leaderName").asString()).isEqualTo("张丽");
        assertThat(twice.path("instructions").get(1).path("recordedBy").asString()).isEqualTo("leader-deputy-head-urban");
        // a decided report is no longer waiting, but the inbox lists it on request for a later instruction
        assertThat(inboxIds(COUNTY_HEAD)).doesNotContain(id);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(inbox(COUNTY_HEAD, "?status=INSTRUCTED&size=100")
                .path("items").valueStream().map(i -> i.path("reportId").asString())).contains(id));
        assertThat(fields(get("/api/leadership/inbox?status=IN_HANDLING", COUNTY_HEAD))).containsExactly("status");
        assertThat(fields(get("/api/leadership/inbox?status=DONE", COUNTY_HEAD))).containsExactly("status");
        JsonNode secondStatus = JSON.readTree(awaitOne(id, ReportStatusTopic.NAME, 8).value());
        assertThat(secondStatus.path("status").asString()).isEqualTo("INSTRUCTED");
        assertThat(secondStatus.path("previousStatus").asString()).isEqualTo("IN_HANDLING");
        assertThat(secondStatus.path("actor").asString()).isEqualTo("leader-deputy-head-urban");
        assertThat(JSON.readTree(awaitOne(id, LeadershipTopics.INSTRUCTION_EVENTS, 8).value())
                .path("instructionId").asString()).isNotEqualTo(instruction.path("instructionId").asString());

        HttpResponse<String> archive = post("/api/leadership/reports/" + id + "/archive", TestTokens.office(),
                "{\"reason\": \"无需办理\"}");
        assertThat(archive.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(archive.body()).path("currentStatus").asString()).isEqualTo("INSTRUCTED");
    }

    @Test
    void theOfficeForwardsAWaitingReportToUnitsWithoutAnInstruction() throws Exception {
        String id = received(true).reportId();
        String body = """
                {"units": [{"unit": "health", "role": "LEAD", "deadline": "%s"}], "comment": "请研究办理"}"""
                .formatted(NEXT_MONTH);

        assertThat(post("/api/leadership/reports/" + id + "/forward", COUNTY_HEAD, body).statusCode())
                .isEqualTo(403);
        HttpResponse<String> answer = post("/api/leadership/reports/" + id + "/forward", TestTokens.office(), body);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(answer.body()).path("status").asString()).isEqualTo("FORWARDED");
        TopicRecorder.Recorded forwarded = awaitOne(id, LeadershipTopics.INSTRUCTION_EVENTS, 6);
        assertThat(forwarded.header("ce_type")).isEqualTo("minyi.leadership.ReportForwarded.v1");
        JsonNode event = JSON.readTree(forwarded.value());
        assertThat(event.path("comment").asString()).isEqualTo("请研究办理");
        assertThat(event.path("units").get(0).path("unit").asString()).isEqualTo("health");
        assertThat(event.path("report").path("urgent").asBoolean()).isTrue();
        JsonNode status = JSON.readTree(awaitOne(id, ReportStatusTopic.NAME, 6).value());
        assertThat(status.path("status").asString()).isEqualTo("FORWARDED");
        assertThat(status.path("actorRole").asString()).isEqualTo("OFFICE");
        assertThat(status.path("actor").asString()).isEqualTo("office");
    }

    @Test
    void theOfficeArchivesAWaitingReportWithAReasonAndOnlyItsStatusIsAnnounced() throws Exception {
        String id = received(false).reportId();

        HttpResponse<String> noReason = post("/api/leadership/reports/" + id + "/archive", TestTokens.office(), "{}");
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(fields(noReason)).containsExactly("reason");

        HttpResponse<String> answer = post("/api/leadership/reports/" + id + "/archive", TestTokens.office(),
                "{\"reason\": \"已有专项部署，无需批示\"}");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(answer.body()).path("status").asString()).isEqualTo("ARCHIVED");
        assertThat(JSON.readTree(answer.body()).path("archival").path("reason").asString()).isEqualTo("已有专项部署，无需批示");
        JsonNode status = JSON.readTree(awaitOne(id, ReportStatusTopic.NAME, 6).value());
        assertThat(status.path("status").asString()).isEqualTo("ARCHIVED");
        assertThat(status.path("actorRole").asString()).isEqualTo("OFFICE");
        assertThat(status.path("actor").asString()).isEqualTo("office");
        assertThat(topics.withKey(id)).noneMatch(r -> r.topic().equals(LeadershipTopics.INSTRUCTION_EVENTS));
        assertThat(inboxIds(TestTokens.office())).doesNotContain(id);
        assertThat(post("/api/leadership/reports/" + id + "/instructions", COUNTY_HEAD, instruction("LEAD"))
                .statusCode()).isEqualTo(409);
    }

    @Test
    void badInstructionsNameEachBadFieldAndChangeNothing() throws Exception {
        String id = received(false).reportId();
        String path = "/api/leadership/reports/" + id + "/instructions";

        HttpResponse<String> twoLeads = post(path, COUNTY_HEAD, instruction("LEAD", "LEAD"));
        assertThat(twoLeads.statusCode()).isEqualTo(400);
        assertThat(fields(twoLeads)).containsExactly("units");
        assertThat(twoLeads.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));

        assertThat(fields(post(path, COUNTY_HEAD, instruction("LEAD").replace("\"COUNTY\"", "\"MAYOR\""))))
                .containsExactly("level");
        assertThat(fields(post(path, COUNTY_HEAD, "{\"status\": \"CLOSED\", " + instruction("LEAD").substring(1))))
                .containsExactly("status");
        assertThat(fields(post(path, COUNTY_HEAD,
                instruction("LEAD").replace("请县住建局牵头研究", "批".repeat(501)))))
                .containsExactly("text");
        assertThat(fields(post(path, COUNTY_HEAD,
                instruction("LEAD").replace(NEXT_MONTH.toString(), "2020-01-01"))))
                .containsExactly("units[0].deadline");
        assertThat(fields(post(path, COUNTY_HEAD,
                instruction("LEAD").replace("\"housing-construction\"", "{\"$gt\": \"\"}"))))
                .containsExactly("units[0].unit");
        assertThat(fields(post(path, COUNTY_HEAD,
                instruction("LEAD").replace("\"housing-construction\"", "\"Housing Bureau\""))))
                .containsExactly("units[0].unit");
        HttpResponse<String> noSuchUnit = post(path, COUNTY_HEAD,
                instruction("LEAD", "SUPPORT").replace("\"finance\"", "\"finance-bureau\""));
        assertThat(fields(noSuchUnit)).as("a unit the reference data does not list").containsExactly("units[1].unit");
        assertThat(JSON.readTree(noSuchUnit.body()).path("errors").get(0).path("code").asString()).isEqualTo("unknown");
        assertThat(fields(post("/api/leadership/reports/" + id + "/forward", TestTokens.office(), """
                {"units": [{"unit": "health-bureau", "role": "LEAD", "deadline": "%s"}]}""".formatted(NEXT_MONTH))))
                .containsExactly("units[0].unit");
        assertThat(fields(post(path, COUNTY_HEAD,
                instruction("LEAD").replace("\"text\"", "\"date\": \"" + NEXT_MONTH + "\", \"text\""))))
                .as("an instruction dated in the future").containsExactly("date");
        assertThat(post(path, COUNTY_HEAD, "{\"leader\": ").statusCode()).isEqualTo(400);
        assertThat(post(path, TestTokens.office(), instruction("LEAD")).statusCode()).isEqualTo(403);
        assertThat(post("/api/leadership/reports/" + UUID.randomUUID() + "/instructions", COUNTY_HEAD,
                instruction("LEAD")).statusCode()).isEqualTo(404);

        JsonNode item = JSON.readTree(get("/api/leadership/reports/" + id, COUNTY_HEAD).body());
        assertThat(item.path("status").asString()).isEqualTo("SENT_TO_LEADERS");
        assertThat(item.path("sequence").asLong()).isEqualTo(5);
    }

    @Test
    void aLeaderSeesOnlyWhatWasSentToThemAndTheSecretariatAndTheOfficeSeeEverything() throws Exception {
        ReportSentToLeaders sent = sentToLeaders(false, List.of("county-head", "deputy-head-urban"));
        String id = sent.reportId();
        announce(sent, ReportSentToLeaders.TYPE, "/minyi/committee-review");
        await().atMost(PATIENCE).until(() -> get("/api/leadership/reports/" + id, TestTokens.office()).statusCode() == 200);

        assertThat(inboxIds(COUNTY_HEAD)).contains(id);
        assertThat(inboxIds(DEPUTY_HEAD)).contains(id);
        assertThat(inboxIds(SECRETARIAT)).contains(id);
        assertThat(inboxIds(PARTY_SECRETARY)).as("not sent to the Party secretary").doesNotContain(id);
        assertThat(inboxIds(TestTokens.token("leader-x", "LEADER", Map.of()))).as("a leader without a code")
                .isEmpty();

        JsonNode entry = inbox(COUNTY_HEAD).path("items").valueStream()
                .filter(item -> item.path("reportId").asString().equals(id)).findFirst().orElseThrow();
        assertThat(entry.path("leaders").valueStream().map(l -> l.path("code").asString() + " "
                + l.path("name").asString() + " " + l.path("title").asString()))
                .containsExactly("county-head 李明 县长", "deputy-head-urban 张丽 副县长（分管住建、交通、城管）");
        JsonNode item = JSON.readTree(get("/api/leadership/reports/" + id, DEPUTY_HEAD).body());
        assertThat(item.path("leaders").valueStream().map(l -> l.path("code").asString()))
                .containsExactly("county-head", "deputy-head-urban");

        HttpResponse<String> notTheirs = get("/api/leadership/reports/" + id, PARTY_SECRETARY);
        assertThat(notTheirs.statusCode()).as("what a leader may not see does not exist for them").isEqualTo(404);
        assertThat(notTheirs.body()).doesNotContain(sent.trackingNumber());
        assertThat(get("/api/leadership/reports/" + id, TestTokens.token("leader-x", "LEADER", Map.of())).statusCode())
                .isEqualTo(404);
        assertThat(post("/api/leadership/reports/" + id + "/instructions", PARTY_SECRETARY,
                instructionBy(null, "LEAD")).statusCode()).isEqualTo(404);
        assertThat(get("/api/leadership/reports/" + id, SECRETARIAT).statusCode()).isEqualTo(200);
        JsonNode unchanged = JSON.readTree(get("/api/leadership/reports/" + id, TestTokens.office()).body());
        assertThat(unchanged.path("status").asString()).isEqualTo("SENT_TO_LEADERS");
        assertThat(unchanged.path("instructions").size()).isZero();
    }

    @Test
    void anotherSendingOfTheSameReportReachesTheLeadersItNames() throws Exception {
        ReportSentToLeaders first = sentToLeaders(false, List.of("county-head"));
        announce(first, ReportSentToLeaders.TYPE, "/minyi/committee-review");
        await().atMost(PATIENCE).until(() ->
                get("/api/leadership/reports/" + first.reportId(), COUNTY_HEAD).statusCode() == 200);
        assertThat(get("/api/leadership/reports/" + first.reportId(), PARTY_SECRETARY).statusCode()).isEqualTo(404);

        ReportSentToLeaders again = new ReportSentToLeaders(UUID.randomUUID(), first.reportId(), 6, Instant.now(),
                first.trackingNumber(), first.committee(), first.grade(), "zb-2026-04", first.submittedAt(),
                first.report(), List.of("party-secretary"), "office");
        announce(again, ReportSentToLeaders.TYPE, "/minyi/committee-review");

        await().atMost(PATIENCE).until(() ->
                get("/api/leadership/reports/" + first.reportId(), PARTY_SECRETARY).statusCode() == 200);
        JsonNode item = JSON.readTree(get("/api/leadership/reports/" + first.reportId(), COUNTY_HEAD).body());
        assertThat(item.path("leaders").valueStream().map(l -> l.path("code").asString()))
                .containsExactly("county-head", "party-secretary");
        assertThat(item.path("sequence").asLong()).isEqualTo(5);
    }

    @Test
    void theSecretariatRecordsAnInstructionForALeaderTheReportWasNotSentToWhoThenSeesIt() throws Exception {
        String id = receivedBy(List.of("county-head")).reportId();
        String path = "/api/leadership/reports/" + id + "/instructions";
        assertThat(get("/api/leadership/reports/" + id, TestTokens.leader("city-mayor")).statusCode()).isEqualTo(404);

        HttpResponse<String> answer = post(path, SECRETARIAT, """
                {"leader": "city-mayor", "text": "请市住建局指导县里加快办理。", "date": "%s",
                 "units": [{"unit": "housing-construction", "role": "LEAD", "deadline": "%s"}]}"""
                .formatted(LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(2), NEXT_MONTH));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        JsonNode item = JSON.readTree(answer.body());
        assertThat(item.path("leaders").valueStream().map(l -> l.path("code").asString()))
                .containsExactly("county-head", "city-mayor");
        JsonNode recorded = item.path("instructions").get(0);
        assertThat(recorded.path("leader").asString()).isEqualTo("city-mayor");
        assertThat(recorded.path("leaderName").asString()).isEqualTo("何立新");
        assertThat(recorded.path("leaderTitle").asString()).isEqualTo("市长");
        assertThat(recorded.path("level").asString()).as("the mayor's own level").isEqualTo("CITY");
        assertThat(recorded.path("recordedBy").asString()).isEqualTo("leader");
        assertThat(recorded.path("released").asBoolean()).isFalse();

        JsonNode issued = JSON.readTree(awaitOne(id, LeadershipTopics.INSTRUCTION_EVENTS, 6).value());
        assertThat(issued.path("leader").asString()).isEqualTo("city-mayor");
        assertThat(issued.path("leaderName").asString()).isEqualTo("何立新");
        assertThat(issued.path("leaderTitle").asString()).isEqualTo("市长");
        assertThat(issued.path("level").asString()).isEqualTo("CITY");
        assertThat(issued.path("recordedBy").asString()).isEqualTo("leader");
        assertThat(issued.path("instructedOn").asString())
                .isEqualTo(LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(2).toString());
        assertThat(issued.path("report").path("situation").asString()).startsWith("城关镇现有");
        JsonNode status = JSON.readTree(awaitOne(id, ReportStatusTopic.NAME, 6).value());
        assertThat(status.path("actorRole").asString()).isEqualTo("LEADERS_OFFICE");
        assertThat(status.path("actor").asString()).isEqualTo("leader");
        assertThat(get("/api/leadership/reports/" + id, TestTokens.leader("city-mayor")).statusCode())
                .as("the mayor now sees the report they instructed").isEqualTo(200);
    }

    @Test
    void whoseInstructionItIsIsCheckedAndABadLeaderChangesNothing() throws Exception {
        String id = receivedBy(List.of("county-head")).reportId();
        String path = "/api/leadership/reports/" + id + "/instructions";

        HttpResponse<String> another = post(path, COUNTY_HEAD, instructionBy("party-secretary", "LEAD"));
        assertThat(fields(another)).containsExactly("leader");
        assertThat(JSON.readTree(another.body()).path("errors").get(0).path("code").asString()).isEqualTo("not_own");
        HttpResponse<String> nobody = post(path, SECRETARIAT, instructionBy(null, "LEAD", "LEAD"));
        assertThat(JSON.readTree(nobody.body()).path("errors").valueStream()
                .map(e -> e.path("field").asString() + " " + e.path("code").asString()))
                .as("every bad field at once").containsExactly("leader required", "units one_lead");
        HttpResponse<String> unknown = post(path, SECRETARIAT, instructionBy("mayor-of-atlantis", "LEAD"));
        assertThat(fields(unknown)).containsExactly("leader");
        assertThat(JSON.readTree(unknown.body()).path("errors").get(0).path("code").asString()).isEqualTo("unknown");
        assertThat(fields(post(path, SECRETARIAT, instructionBy("县长 李明", "LEAD")))).containsExactly("leader");
        assertThat(post(path, TestTokens.office(), instructionBy("county-head", "LEAD")).statusCode()).isEqualTo(403);

        JsonNode item = JSON.readTree(get("/api/leadership/reports/" + id, COUNTY_HEAD).body());
        assertThat(item.path("status").asString()).isEqualTo("SENT_TO_LEADERS");
        assertThat(item.path("instructions").size()).isZero();
        assertThat(item.path("leaders").size()).isEqualTo(1);
        assertThat(post(path, COUNTY_HEAD, instructionBy("county-head", "LEAD")).statusCode())
                .as("naming oneself is allowed").isEqualTo(201);
    }

    @Test
    void theOfficeReleasesAnInstructionToTheAuthorsOnceAndARepeatAnnouncesNothing() throws Exception {
        String id = received(false).reportId();
        JsonNode instructed = JSON.readTree(post("/api/leadership/reports/" + id + "/instructions", COUNTY_HEAD,
                instruction("LEAD")).body());
        String instructionId = instructed.path("instructions").get(0).path("instructionId").asString();
        String release = "/api/leadership/reports/" + id + "/instructions/" + instructionId + "/release";

        assertThat(post(release, COUNTY_HEAD, "").statusCode()).as("a leader does not release").isEqualTo(403);
        assertThat(post(release, TestTokens.unit("housing-construction"), "").statusCode()).isEqualTo(403);
        assertThat(post(release, TestTokens.member("m0001"), "").statusCode()).isEqualTo(403);
        HttpResponse<String> answer = post(release, TestTokens.office(), "");

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode released = JSON.readTree(answer.body()).path("instructions").get(0);
        assertThat(released.path("released").asBoolean()).isTrue();
        assertThat(released.path("releasedBy").asString()).isEqualTo("office");
        assertThat(released.path("releasedAt").asString()).isNotBlank();
        assertThat(JSON.readTree(answer.body()).path("sequence").asLong()).isEqualTo(7);
        TopicRecorder.Recorded event = awaitOne(id, LeadershipTopics.INSTRUCTION_EVENTS, 7);
        assertThat(event.header("ce_type")).isEqualTo("minyi.leadership.InstructionReleased.v1");
        JsonNode payload = JSON.readTree(event.value());
        assertThat(payload.path("instructionId").asString()).isEqualTo(instructionId);
        assertThat(payload.path("leader").asString()).isEqualTo("county-head");
        assertThat(payload.path("leaderName").asString()).isEqualTo("李明");
        assertThat(payload.path("text").asString()).startsWith("请县住建局牵头研究");
        assertThat(payload.path("instructedOn").asString()).isNotBlank();
        assertThat(payload.path("releasedBy").asString()).isEqualTo("office");

        HttpResponse<String> repeat = post(release, SECRETARIAT, "");
        assertThat(repeat.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(repeat.body()).path("instructions").get(0).path("releasedBy").asString())
                .isEqualTo("office");
        assertThat(post("/api/leadership/reports/" + id + "/instructions/" + UUID.randomUUID() + "/release",
                TestTokens.office(), "").statusCode()).isEqualTo(404);
        assertThat(post("/api/leadership/reports/" + id + "/instructions/not-an-id/release", SECRETARIAT, "")
                .statusCode()).isEqualTo(404);
        assertThat(post("/api/leadership/reports/" + UUID.randomUUID() + "/instructions/" + instructionId + "/release",
                TestTokens.office(), "").statusCode()).isEqualTo(404);

        // a later step, announced after the repeat on the same partition, shows the repeat announced nothing
        JsonNode second = JSON.readTree(post("/api/leadership/reports/" + id + "/instructions", DEPUTY_HEAD,
                instructionBy(null, "LEAD")).body());
        String secondId = second.path("instructions").get(1).path("instructionId").asString();
        assertThat(post("/api/leadership/reports/" + id + "/instructions/" + secondId + "/release", SECRETARIAT, "")
                .statusCode()).isEqualTo(200);
        JsonNode secondRelease = JSON.readTree(awaitOne(id, LeadershipTopics.INSTRUCTION_EVENTS, 9).value());
        assertThat(secondRelease.path("releasedBy").asString()).isEqualTo("leader");
        assertThat(JSON.readTree(awaitOne(id, ReportStatusTopic.NAME, 8).value()).path("previousStatus").asString())
                .isEqualTo("INSTRUCTED");
        assertThat(topics.withKey(id)).filteredOn(r -> "minyi.leadership.InstructionReleased.v1".equals(r.header("ce_type")))
                .extracting(r -> r.header("ce_reportsequence")).containsExactly("7", "9");
        assertThat(topics.withKey(id)).filteredOn(r -> r.topic().equals(ReportStatusTopic.NAME))
                .as("a release changes no status").extracting(r -> r.header("ce_reportsequence"))
                .containsExactly("6", "8");
    }

    @Test
    void theSecretariatForwardsAndArchivesAsTheOfficeDoes() throws Exception {
        String forwarded = received(false).reportId();
        String archived = received(false).reportId();

        HttpResponse<String> forward = post("/api/leadership/reports/" + forwarded + "/forward", SECRETARIAT, """
                {"units": [{"unit": "health", "role": "LEAD", "deadline": "%s"}]}""".formatted(NEXT_MONTH));
        HttpResponse<String> archive = post("/api/leadership/reports/" + archived + "/archive", SECRETARIAT,
                "{\"reason\": \"领导已阅，无需批示\"}");

        assertThat(forward.statusCode()).as(forward.body()).isEqualTo(200);
        assertThat(JSON.readTree(forward.body()).path("forwards").get(0).path("forwardedBy").asString())
                .isEqualTo("leader");
        assertThat(archive.statusCode()).as(archive.body()).isEqualTo(200);
        JsonNode forwardStatus = JSON.readTree(awaitOne(forwarded, ReportStatusTopic.NAME, 6).value());
        assertThat(forwardStatus.path("status").asString()).isEqualTo("FORWARDED");
        assertThat(forwardStatus.path("actorRole").asString()).isEqualTo("LEADERS_OFFICE");
        assertThat(forwardStatus.path("actor").asString()).isEqualTo("leader");
        JsonNode archiveStatus = JSON.readTree(awaitOne(archived, ReportStatusTopic.NAME, 6).value());
        assertThat(archiveStatus.path("status").asString()).isEqualTo("ARCHIVED");
        assertThat(archiveStatus.path("actorRole").asString()).isEqualTo("LEADERS_OFFICE");
        assertThat(archiveStatus.path("actor").asString()).isEqualTo("leader");
    }

    @Test
    void anEventWithoutCloudEventsHeadersGoesToTheDeadLetterTopic() throws Exception {
        String key = "poison-" + UUID.randomUUID();
        kafka.send(new ProducerRecord<>(ReviewTopics.REVIEW_EVENTS, key, "{}".getBytes(StandardCharsets.UTF_8))).get();

        await().atMost(PATIENCE).until(() -> topics.withKey(key).stream().anyMatch(r -> r.topic().equals(DEAD_LETTERS)));
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

    /** A report sent to the leaders, once it is in the inbox. */
    private ReportSentToLeaders received(boolean urgent) throws Exception {
        ReportSentToLeaders sent = sentToLeaders(urgent);
        announce(sent, ReportSentToLeaders.TYPE, "/minyi/committee-review");
        await().atMost(PATIENCE).until(() ->
                get("/api/leadership/reports/" + sent.reportId(), COUNTY_HEAD).statusCode() == 200);
        return sent;
    }

    /** A report sent to the leaders named, once it is in the inbox. */
    private ReportSentToLeaders receivedBy(List<String> leaders) throws Exception {
        ReportSentToLeaders sent = sentToLeaders(false, leaders);
        announce(sent, ReportSentToLeaders.TYPE, "/minyi/committee-review");
        await().atMost(PATIENCE).until(() ->
                get("/api/leadership/reports/" + sent.reportId(), TestTokens.office()).statusCode() == 200);
        return sent;
    }

    /** A report sent to the leaders the office named. */
    static ReportSentToLeaders sentToLeaders(boolean urgent, List<String> leaders) {
        ReportSentToLeaders any = sentToLeaders(urgent);
        return new ReportSentToLeaders(any.eventId(), any.reportId(), any.sequence(), any.occurredAt(),
                any.trackingNumber(), any.committee(), any.grade(), any.publication(), any.submittedAt(), any.report(),
                leaders, "office");
    }

    /** A report sent to the leaders as committee-review sent it before it named them: to every leader. */
    static ReportSentToLeaders sentToLeaders(boolean urgent) {
        SubmittedReport report = new SubmittedReport("关于城关镇老旧小区加装电梯资金缺口的建议", Category.HARD_PROBLEM, "urban",
                "城关镇现有2000年以前建成的老旧小区37个，居民中60岁以上老人占比超过三成……", null,
                "建议县住建局牵头设立加装电梯专项补助资金……", "chengguan", "cdl", List.of("m0001", "m0002"), null, null,
                urgent, null);
        String serial = String.format("%06d", (int) (Math.random() * 999_999) + 1);
        return new ReportSentToLeaders(UUID.randomUUID(), UUID.randomUUID().toString(), 5, Instant.now(),
                "SQ-2026-" + serial, "economy", Grade.A, "zb-2026-03", Instant.now().minusSeconds(86_400), report);
    }

    private <E extends ReportEvent> void announce(E event, EventType<E> type, String source) throws Exception {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(type.topic(), event.reportId(),
                EventJson.write(event));
        EventEnvelope.of(event, type, URI.create(source), "test", null).toHeaders()
                .forEach((name, value) -> record.headers().add(new RecordHeader(name, value)));
        kafka.send(record).get();
    }

    private static TopicRecorder.Recorded awaitOne(String key, String topic, long sequence) {
        return await().atMost(PATIENCE).until(() -> topics.withKey(key).stream()
                .filter(r -> r.topic().equals(topic) && String.valueOf(sequence).equals(r.header("ce_reportsequence")))
                .toList(), found -> found.size() == 1).get(0);
    }

    static String instruction(String... roles) {
        return instructionBy("county-head", roles);
    }

    /** An instruction naming {@code leader} ({@code null}: naming none), its units in {@code roles}' order. */
    static String instructionBy(String leader, String... roles) {
        String[] units = {"housing-construction", "finance", "health"};
        List<Map<String, String>> assigned = new ArrayList<>();
        for (int i = 0; i < roles.length; i++) {
            assigned.add(Map.of("unit", units[i], "role", roles[i], "deadline", NEXT_MONTH.toString()));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        if (leader != null) {
            body.put("leader", leader);
        }
        body.put("level", "COUNTY");
        body.put("text", "请县住建局牵头研究，县财政局配合，一个月内拿出方案。");
        body.put("units", assigned);
        return JSON.writeValueAsString(body);
    }

    private JsonNode inbox(String token) throws Exception {
        return inbox(token, "?size=100");
    }

    private JsonNode inbox(String token, String query) throws Exception {
        HttpResponse<String> answer = get("/api/leadership/inbox" + query, token);
        assertThat(answer.statusCode()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    private List<String> inboxIds(String token) throws Exception {
        return inbox(token).path("items").valueStream().map(item -> item.path("reportId").asString()).toList();
    }

    private static List<String> fields(HttpResponse<String> answer) throws IOException {
        assertThat(answer.statusCode()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        JSON.readTree(answer.body()).path("errors").forEach(e -> fields.add(e.path("field").asString()));
        return fields;
    }

    private HttpResponse<String> post(String path, String token, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
