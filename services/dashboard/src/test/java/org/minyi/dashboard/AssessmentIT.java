package org.minyi.dashboard;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minyi.events.intake.Category;
import org.minyi.events.leadership.AssignedUnit;
import org.minyi.events.leadership.InstructionIssued;
import org.minyi.events.leadership.InstructionReleased;
import org.minyi.events.leadership.ReportContext;
import org.minyi.events.review.Grade;
import org.minyi.events.review.ReportAdopted;
import org.minyi.events.review.ReportTransferred;
import org.minyi.events.review.UpstreamAdopted;
import org.minyi.testing.MinyiIntegrationTest;
import org.minyi.testing.TestTokens;
import org.minyi.testing.TopicRecorder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Duties, targets, points and commendation candidates computed from real review, leadership and intake
 * events on the broker: the README's worked example moved to 2031, read over HTTP with signed tokens.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.mongodb.database=dashboard_assessment_it",
        "minyi.kafka.group=dashboard-assessment-it",
        "minyi.assessment.max-age=0s"})
@MinyiIntegrationTest
class AssessmentIT {

    private static final int YEAR = 2031;
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @LocalServerPort
    int port;

    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    private static final ExampleEvents example = new ExampleEvents(YEAR);
    private static TopicRecorder deadLetters;
    private static boolean announced;
    private Http http;
    private Announcer announcer;

    @BeforeAll
    static void record() {
        deadLetters = TopicRecorder.of("dashboard.dlt");
    }

    @AfterAll
    static void stopRecording() {
        deadLetters.close();
    }

    /** Once for the class (the Spring context, and so the broker and database, start before the first test). */
    @BeforeEach
    void announceTheExampleOnce() throws Exception {
        http = new Http(port);
        announcer = new Announcer(kafka);
        if (announced) {
            return;
        }
        announced = true;
        List<ExampleEvents.Announced<?>> events = example.all();
        for (ExampleEvents.Announced<?> event : events) {
            event.by(announcer);
        }
        // the first adoption again (a redelivery), and a stale one with a lower sequence and another grade
        for (ExampleEvents.Announced<?> event : events) {
            if (event.event() instanceof ReportAdopted adopted && adopted.reportId().equals(example.r1)) {
                announcer.announce(adopted, ReportAdopted.TYPE, "committee-review");
                announcer.announce(new ReportAdopted(UUID.randomUUID(), adopted.reportId(), 3, adopted.occurredAt(),
                        adopted.trackingNumber(), "economy", Grade.C, Category.DAILY_LIFE,
                        "chengguan", "cdl", List.of("m0001", "m0002", "m0009"), "reviewer-economy"),
                        ReportAdopted.TYPE, "committee-review");
            }
        }
        // the topics are consumed independently: wait for the last of each kind
        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(http.json("/api/dashboard/points/" + YEAR, TestTokens.viewer()).path("entries").asInt())
                    .isEqualTo(12);
            JsonNode duties = http.json("/api/dashboard/duties/" + YEAR, TestTokens.viewer());
            for (String author : List.of("m0001", "m0002", "m0003", "m0004", "m0005", "m0006")) {
                assertThat(member(duties, author).path("submitted").asLong()).as(author).isEqualTo(1);
            }
            assertThat(member(http.json("/api/dashboard/duties/" + (YEAR - 1), TestTokens.viewer()), "m0002")
                    .path("submitted").asLong()).isEqualTo(1);
        });
    }

    @Test
    void everyCoAuthorAndEveryAuthorOfAMergedConstituentIsCreditedAndRepeatsCountOnce() throws Exception {
        JsonNode duties = http.json("/api/dashboard/duties/" + YEAR, TestTokens.viewer());

        assertThat(adopted(duties, "m0002")).isEqualTo(2);
        assertThat(adopted(duties, "m0001")).isEqualTo(1);
        assertThat(adopted(duties, "m0003")).isEqualTo(1);
        assertThat(adopted(duties, "m0004")).isEqualTo(1);
        assertThat(adopted(duties, "m0005")).isEqualTo(1);
        assertThat(adopted(duties, "m0009")).as("named only by the stale adoption").isZero();
        JsonNode wangNing = member(duties, "m0004");
        assertThat(wangNing.path("name").asString()).isEqualTo("王宁");
        assertThat(wangNing.path("reports").get(0).path("via").asString()).isEqualTo("COMPOSITE");
        assertThat(wangNing.path("reports").get(0).path("compositeTrackingNumber").asString()).isEqualTo(example.zh());
        assertThat(wangNing.path("reports").get(0).path("eventIds").size()).isEqualTo(2);
        assertThat(member(duties, "m0001").path("reports").get(0).path("grade").asString())
                .as("the stale adoption did not replace the first").isEqualTo("A");
        assertThat(duties.path("counts").path("members").asLong()).isGreaterThanOrEqualTo(300);
    }

    @Test
    void theTalkListHoldsMembersWithoutAnAdoptionThisYearAndTheYearBefore() throws Exception {
        JsonNode duties = http.json("/api/dashboard/duties/" + YEAR, TestTokens.office());

        List<String> zero = codes(duties.path("zero"));
        List<String> talk = codes(duties.path("talkList"));
        assertThat(zero).contains("m0006", "m0007").doesNotContain("m0001", "m0002", "m0003", "m0004", "m0005");
        assertThat(talk).contains("m0006").doesNotContain("m0007");
        assertThat(duties.path("counts").path("zero").asLong()).isEqualTo(zero.size());
        assertThat(duties.path("counts").path("talkList").asLong()).isEqualTo(talk.size());
    }

    @Test
    void theOfficeSetsTargetsAndTheUnitsAreGradedAndRankedAgainstThem() throws Exception {
        String targets = """
                {"stations": {"chengguan": 3, "xinji": 1, "xishan": 2, "taoyuan": 1},
                 "sectors": {"cdl": 1, "economy": 1, "agriculture": 1, "jiusan": 2},
                 "committees": {"economy": 2, "agriculture": 1}}""";
        var put = http.put("/api/dashboard/targets/" + YEAR, TestTokens.office(), targets);
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
        assertThat(Http.JSON.readTree(put.body()).path("grading").path("excellent").asInt()).isEqualTo(150);
        assertThat(http.json("/api/dashboard/targets/" + YEAR, TestTokens.viewer()).path("stations").path("chengguan")
                .asInt()).isEqualTo(3);

        JsonNode duties = http.json("/api/dashboard/duties/" + YEAR, TestTokens.leader("county-head"));

        List<String> stations = new ArrayList<>();
        for (JsonNode station : duties.path("stations")) {
            stations.add(station.path("code").asString() + " " + station.path("adopted").asLong() + "/"
                    + station.path("target").asInt() + " " + station.path("grade").asString() + " #"
                    + station.path("rank").asInt());
        }
        assertThat(stations).startsWith("xinji 1/1 GOOD #1", "chengguan 2/3 BASIC #2", "xishan 1/2 SHORT #3",
                "taoyuan 0/1 SHORT #4");
        JsonNode cdl = duties.path("sectors").get(0);
        assertThat(cdl.path("code").asString()).isEqualTo("cdl");
        assertThat(cdl.path("grade").asString()).isEqualTo("EXCELLENT");
        assertThat(cdl.path("completion").asInt()).isEqualTo(200);
        assertThat(cdl.path("name").asString()).isEqualTo("民盟");
        assertThat(duties.path("committees").get(0).path("code").asString()).isEqualTo("agriculture");
        assertThat(duties.path("committees").get(0).path("submitted").isNull()).isTrue();
    }

    @Test
    void onlyTheOfficeChangesSettingsAndEveryBadValueIsNamed() throws Exception {
        assertThat(http.put("/api/dashboard/targets/" + YEAR, TestTokens.viewer(), "{}").statusCode()).isEqualTo(403);
        assertThat(http.put("/api/dashboard/points-table/" + YEAR, TestTokens.leader("county-head"), "{}").statusCode()).isEqualTo(403);
        assertThat(http.get("/api/dashboard/duties/" + YEAR, TestTokens.unit("housing")).statusCode()).isEqualTo(403);
        assertThat(http.get("/api/dashboard/points/" + YEAR, null).statusCode()).isEqualTo(401);

        var unknown = http.put("/api/dashboard/targets/" + YEAR, TestTokens.office(),
                "{\"stations\": {\"atlantis\": 1, \"xinji\": -1}}");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(Http.fields(unknown)).containsExactlyInAnyOrder("stations.atlantis", "stations.xinji");
        var grading = http.put("/api/dashboard/targets/" + YEAR, TestTokens.office(),
                "{\"grading\": {\"excellent\": 90, \"good\": 100, \"basic\": 60}}");
        assertThat(Http.fields(grading)).containsExactly("grading");
        var extra = http.put("/api/dashboard/targets/" + YEAR, TestTokens.office(), "{\"status\": \"DONE\"}");
        assertThat(extra.statusCode()).isEqualTo(400);
        assertThat(Http.fields(extra)).containsExactly("status");
        var year = http.get("/api/dashboard/duties/1999", TestTokens.viewer());
        assertThat(Http.fields(year)).containsExactly("year");
        assertThat(Http.fields(http.get("/api/dashboard/points/next", TestTokens.viewer()))).containsExactly("year");

        var points = http.put("/api/dashboard/points-table/" + YEAR, TestTokens.office(),
                "{\"upstream\": {\"CITY\": {\"SINGLE\": -1, \"FORWARDED\": 2.345}}, \"instruction\": {\"MAYOR\": 1}}");
        assertThat(points.statusCode()).isEqualTo(400);
        assertThat(Http.fields(points)).as("an unknown level in the map").containsExactly("instruction");
        var negative = http.put("/api/dashboard/points-table/" + YEAR, TestTokens.office(),
                "{\"upstream\": {\"CITY\": {\"SINGLE\": -1, \"FORWARDED\": 2.345}}, \"split\": \"EQUAL_SHARE\"}");
        assertThat(Http.fields(negative)).containsExactlyInAnyOrder("upstream.CITY.SINGLE", "upstream.CITY.FORWARDED");
        var malformed = http.put("/api/dashboard/points-table/" + YEAR, TestTokens.office(), "{\"split\": ");
        assertThat(Http.fields(malformed)).containsExactly("body");
    }

    @Test
    void theOfficesTableAndSplitRuleDecideThePointsAndEveryEntryNamesItsEvents() throws Exception {
        JsonNode byDefault = http.json("/api/dashboard/points/" + YEAR, TestTokens.viewer());
        assertThat(byDefault.path("table").path("split").asString()).isEqualTo("WHOEVER_WRITES");
        assertThat(points(byDefault)).containsExactly("m0002 13.00", "m0001 11.00", "m0003 2.00", "m0004 2.00",
                "m0005 2.00");
        JsonNode upstream = byDefault.path("members").get(0).path("entries").get(4);
        assertThat(upstream.path("item").asString()).isEqualTo("UPSTREAM_ADOPTION");
        assertThat(upstream.path("level").asString()).isEqualTo("CITY");
        assertThat(upstream.path("mode").asString()).isEqualTo("FORWARDED");
        assertThat(upstream.path("on").asString()).isEqualTo(YEAR + "-06-20");
        assertThat(upstream.path("eventIds").size()).isEqualTo(1);

        var equal = http.put("/api/dashboard/points-table/" + YEAR, TestTokens.office(), "{\"split\": \"EQUAL_SHARE\"}");
        assertThat(equal.statusCode()).as(equal.body()).isEqualTo(200);
        try {
            JsonNode shared = http.json("/api/dashboard/points/" + YEAR, TestTokens.viewer());
            assertThat(points(shared)).containsExactly("m0002 7.50", "m0001 5.50", "m0003 0.67", "m0004 0.67",
                    "m0005 0.66");
            assertThat(http.json("/api/dashboard/points-table/" + YEAR, TestTokens.viewer()).path("countyAdoption")
                    .decimalValue()).isEqualByComparingTo("2");
        } finally {
            assertThat(http.put("/api/dashboard/points-table/" + YEAR, TestTokens.office(), "{}").statusCode())
                    .isEqualTo(200);
        }
    }

    @Test
    void commendationCandidatesAreRankedByPointsThenAdoptionRateWithTheirEvidence() throws Exception {
        JsonNode candidates = http.json("/api/dashboard/commendations/" + YEAR + "?limit=5", TestTokens.viewer());

        JsonNode first = candidates.path("individuals").get(0);
        assertThat(first.path("code").asString()).isEqualTo("m0002");
        assertThat(first.path("rank").asInt()).isEqualTo(1);
        assertThat(first.path("adoptionRate").asDouble()).isEqualTo(1.0);
        assertThat(first.path("evidence").path("entries").size()).isEqualTo(5);
        assertThat(candidates.path("individuals").get(4).path("rank").asInt()).isEqualTo(3);
        JsonNode stations = candidates.path("stations");
        assertThat(stations.get(0).path("code").asString()).isEqualTo("chengguan");
        assertThat(stations.get(0).path("points").decimalValue()).isEqualByComparingTo("13");
        assertThat(stations.get(2).path("code").asString()).isEqualTo("xishan");
        assertThat(stations.get(2).path("adoptionRate").isNull()).isTrue();
        assertThat(candidates.path("sectors").get(0).path("evidence").path("awards").size()).isEqualTo(5);
    }

    @Test
    void theLedgerExportsAsCsvThatExcelReadsAndAsAWorkbook() throws Exception {
        var csv = http.getBytes("/api/dashboard/points/" + YEAR + "/ledger.csv", TestTokens.viewer());
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition").orElse(""))
                .contains("attachment", "points-" + YEAR + ".csv", "filename*=UTF-8''");
        assertThat(csv.body()).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(csv.body(), StandardCharsets.UTF_8).substring(1);
        List<String> lines = text.lines().toList();
        assertThat(lines.get(0)).startsWith("年度 Year,委员编号 Member,姓名 Name");
        assertThat(lines).as("a header and twelve entries").hasSize(13);
        assertThat(lines).anySatisfy(line -> assertThat(line)
                .contains("m0004", "王宁", "县政协采用", example.zh(), "2.00"));

        var xlsx = http.getBytes("/api/dashboard/points/" + YEAR + "/ledger.xlsx", TestTokens.office());
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type").orElse("")).contains("spreadsheetml");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet totals = workbook.getSheetAt(0);
            assertThat(totals.getSheetName()).startsWith("汇总");
            assertThat(totals.getRow(1).getCell(1).getStringCellValue()).isEqualTo("m0002");
            assertThat(totals.getRow(1).getCell(6).getNumericCellValue()).isEqualTo(13.0);
            Sheet entries = workbook.getSheetAt(1);
            assertThat(entries.getLastRowNum()).isEqualTo(12);
            assertThat(entries.getRow(0).getCell(0).getStringCellValue()).isEqualTo("年度 Year");
        }
    }

    @Test
    void aBrokenReviewEventGoesToTheDeadLetterTopicAndTheNextOneIsStillRecorded() throws Exception {
        String broken = UUID.randomUUID().toString();
        String unusable = UUID.randomUUID().toString();
        String fine = UUID.randomUUID().toString();
        Instant at = Instant.parse("2040-05-01T04:00:00Z");
        ExampleEvents other = new ExampleEvents(2040);
        announcer.announceUnreadable(other.adopted(broken, "SQ-2040-000001", 4, at, "economy", "hekou", null,
                List.of("m0100")), ReportAdopted.TYPE, "committee-review");
        announcer.announce(new UpstreamAdopted(UUID.randomUUID(), unusable, 9, at, "SQ-2040-000002", null,
                UpstreamAdopted.Mode.SINGLE, null, "economy", Category.DAILY_LIFE, "hekou", null, List.of("m0100"),
                "office"), UpstreamAdopted.TYPE, "committee-review");
        announcer.announce(other.adopted(fine, "SQ-2040-000003", 4, at, "economy", "hekou", null, List.of("m0100")),
                ReportAdopted.TYPE, "committee-review");

        await().atMost(PATIENCE).until(() -> deadLetters.withKey(broken).size() == 1
                && deadLetters.withKey(unusable).size() == 1);
        assertThat(deadLetters.withKey(unusable).get(0).header("kafka_dlt-exception-cause-fqcn")).contains("UnusableEvent");
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(
                adopted(http.json("/api/dashboard/duties/2040", TestTokens.viewer()), "m0100")).isEqualTo(1));
    }

    @Test
    void aMemberReadsTheirOwnStandingAndNobodyElsesWhileTheOfficeAndViewersReadAnyone() throws Exception {
        JsonNode own = http.json("/api/dashboard/duties/" + YEAR + "/members/m0004", TestTokens.member("m0004"));

        assertThat(own.path("member").asString()).isEqualTo("m0004");
        assertThat(own.path("name").asString()).isEqualTo("王宁");
        assertThat(own.path("sector").asString()).isEqualTo("cdl");
        assertThat(own.path("township").asString()).isEqualTo("chengguan");
        assertThat(own.path("year").asInt()).isEqualTo(YEAR);
        assertThat(own.path("adopted").asLong()).isEqualTo(1);
        assertThat(own.path("adoptedLastYear").asLong()).isZero();
        assertThat(own.path("dutyMet").asBoolean()).isTrue();
        assertThat(own.path("talkList").path("listed").asBoolean()).isFalse();
        assertThat(own.path("talkList").path("missedYears").get(0).asInt()).isEqualTo(YEAR - 1);
        assertThat(own.path("points").decimalValue()).isEqualByComparingTo("2.00");
        JsonNode report = own.path("reports").get(0);
        assertThat(report.path("reportId").asString()).isEqualTo(example.r3);
        assertThat(report.path("trackingNumber").asString()).isEqualTo(example.sq(103));
        assertThat(report.path("via").asString()).isEqualTo("COMPOSITE");
        assertThat(report.path("compositeTrackingNumber").asString()).isEqualTo(example.zh());
        assertThat(report.path("committee").asString()).isEqualTo("agriculture");
        assertThat(report.path("grade").asString()).isEqualTo("B");
        assertThat(Instant.parse(report.path("adoptedAt").asString())).isEqualTo(example.noon(5, 8));
        assertThat(report.path("countsForDuty").asBoolean()).isTrue();
        assertThat(report.path("points").decimalValue()).isEqualByComparingTo("2.00");
        assertThat(report.path("entries").get(0).path("item").asString()).isEqualTo("COUNTY_ADOPTION");

        JsonNode liu = http.json("/api/dashboard/duties/" + YEAR + "/members/m0002", TestTokens.office());
        assertThat(liu.path("adopted").asLong()).isEqualTo(2);
        assertThat(liu.path("points").decimalValue()).isEqualByComparingTo("13.00");
        assertThat(liu.path("reports").size()).isEqualTo(2);
        assertThat(liu.path("reports").get(1).path("points").decimalValue()).isEqualByComparingTo("11.00");
        JsonNode feng = http.json("/api/dashboard/duties/" + YEAR + "/members/m0006", TestTokens.viewer());
        assertThat(feng.path("dutyMet").asBoolean()).isFalse();
        assertThat(feng.path("talkList").path("listed").asBoolean()).isTrue();
        assertThat(feng.path("talkList").path("missedYears")).hasSize(2);

        notFound(http.get("/api/dashboard/duties/" + YEAR + "/members/m0002", TestTokens.member("m0004")));
        notFound(http.get("/api/dashboard/duties/" + YEAR + "/members/m0004",
                TestTokens.token("member-nobody", "MEMBER", Map.of())));
        notFound(http.get("/api/dashboard/duties/" + YEAR + "/members/zz-unknown", TestTokens.office()));
        notFound(http.get("/api/dashboard/duties/" + YEAR + "/members/zz-unknown", TestTokens.member("zz-unknown")));
        for (String token : List.of(TestTokens.leader("county-head"), TestTokens.leadersOffice(),
                TestTokens.station("chengguan"), TestTokens.reviewer("economy"), TestTokens.unit("housing"))) {
            assertThat(http.get("/api/dashboard/duties/" + YEAR + "/members/m0004", token).statusCode()).isEqualTo(403);
        }
        assertThat(http.get("/api/dashboard/duties/" + YEAR + "/members/m0004", null).statusCode()).isEqualTo(401);
        assertThat(http.get("/api/dashboard/duties/" + YEAR, TestTokens.member("m0004")).statusCode())
                .as("the whole year's duties stay the office's, viewers' and leaders'").isEqualTo(403);

        assertThat(Http.fields(http.get("/api/dashboard/duties/1999/members/m0004", TestTokens.member("m0004"))))
                .containsExactly("year");
        assertThat(Http.fields(http.get("/api/dashboard/duties/" + YEAR + "/members/%24gt", TestTokens.office())))
                .containsExactly("member");
        JsonNode denied = http.json("/api/audit?principal=member-m0004&outcome=DENIED&size=100", TestTokens.office());
        assertThat(denied.path("items")).anySatisfy(entry -> {
            assertThat(entry.path("action").asString()).isEqualTo("GET /api/dashboard/duties/{year}/members/{member}");
            assertThat(entry.path("object").asString()).isEqualTo("member/m0002/" + YEAR);
            assertThat(entry.path("status").asInt()).isEqualTo(404);
        });
    }

    @Test
    void aTransferAndAReleasedInstructionAreSkippedAndAnInstructionCountsOnTheDayTheLeaderWroteIt() throws Exception {
        ExampleEvents other = new ExampleEvents(2041);
        String report = UUID.randomUUID().toString();
        String tracking = "SQ-2041-000001";
        List<String> authors = List.of("m0101");
        ReportContext context = new ReportContext(tracking, "测试信息", Category.DAILY_LIFE, "hekou", "economy", authors,
                false, "情况……", null, "建议……");
        announcer.announce(new ReportTransferred(UUID.randomUUID(), report, 5, other.noon(3, 2), "transfer-1",
                "请县住建局研究办理。", List.of(new AssignedUnit("housing", AssignedUnit.Role.LEAD,
                LocalDate.of(2041, 4, 1))), context, "office"), ReportTransferred.TYPE, "committee-review");
        announcer.announce(other.adopted(report, tracking, 4, other.noon(3, 1), "economy", "hekou", null, authors),
                ReportAdopted.TYPE, "committee-review");
        String instruction = UUID.randomUUID().toString();
        announcer.announce(new InstructionReleased(UUID.randomUUID(), report, 9, other.noon(12, 28), instruction,
                "county-head", "李明", "请县住建局牵头研究。", LocalDate.of(2041, 12, 27), "office"),
                InstructionReleased.TYPE, "leadership-instruction");
        // written on 30 December, entered by the secretariat on 3 January: it counts in 2041
        announcer.announce(new InstructionIssued(UUID.randomUUID(), report, 8, Instant.parse("2042-01-03T02:00:00Z"),
                instruction, "county-head", InstructionIssued.Level.COUNTY, "请县住建局牵头研究。",
                List.of(new AssignedUnit("housing", AssignedUnit.Role.LEAD, LocalDate.of(2042, 2, 1))), context,
                "李明", "县长", LocalDate.of(2041, 12, 30), "leader"), InstructionIssued.TYPE, "leadership-instruction");

        await().atMost(PATIENCE).untilAsserted(() -> {
            JsonNode member = http.json("/api/dashboard/points/2041", TestTokens.viewer()).path("members").get(0);
            assertThat(member.path("code").asString()).isEqualTo("m0101");
            List<String> items = new ArrayList<>();
            member.path("entries").forEach(e -> items.add(e.path("item").asString() + " " + e.path("on").asString()));
            assertThat(items).containsExactly("COUNTY_ADOPTION 2041-03-01", "LEADER_INSTRUCTION 2041-12-30");
        });
        assertThat(http.json("/api/dashboard/points/2042", TestTokens.viewer()).path("entries").asInt()).isZero();
        assertThat(deadLetters.withKey(report)).as("events the dashboard does not use are skipped").isEmpty();
    }

    private static void notFound(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(404);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(answer.body()).doesNotContain("\"name\"", "points");
    }

    private static long adopted(JsonNode duties, String code) {
        JsonNode member = member(duties, code);
        return member == null ? 0 : member.path("adopted").asLong();
    }

    private static JsonNode member(JsonNode duties, String code) {
        for (JsonNode member : duties.path("members")) {
            if (member.path("code").asString().equals(code)) {
                return member;
            }
        }
        return null;
    }

    private static List<String> codes(JsonNode members) {
        List<String> codes = new ArrayList<>();
        members.forEach(m -> codes.add(m.path("code").asString()));
        return codes;
    }

    private static List<String> points(JsonNode ledger) {
        List<String> points = new ArrayList<>();
        ledger.path("members").forEach(m -> points.add(m.path("code").asString() + " " + m.path("points").decimalValue()
                .setScale(2).toPlainString()));
        return points;
    }
}
