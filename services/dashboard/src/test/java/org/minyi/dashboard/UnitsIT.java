package org.minyi.dashboard;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minyi.events.followup.ReportHandled;
import org.minyi.events.followup.SatisfactionRated;
import org.minyi.events.intake.Category;
import org.minyi.events.leadership.AssignedUnit;
import org.minyi.events.leadership.InstructionIssued;
import org.minyi.events.leadership.ReportContext;
import org.minyi.events.leadership.ReportForwarded;
import org.minyi.events.review.ReportTransferred;
import org.minyi.events.status.ReportFlagged;
import org.minyi.events.status.ReportStatus;
import org.minyi.events.status.ReportStatusChanged;
import org.minyi.testing.MinyiIntegrationTest;
import org.minyi.testing.TestTokens;
import org.minyi.testing.TopicRecorder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The handling units' record from real instruction, review, follow-up and status events on the broker:
 * merged instructions, a transfer and a forward, overdue and urged flags, a report handled, rated unsatisfied,
 * reopened and handled again, repeats among them; read as JSON and as the workbook, by every role.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.mongodb.database=dashboard_units_it",
        "minyi.kafka.group=dashboard-units-it",
        "minyi.units.max-age=0s"})
@MinyiIntegrationTest
class UnitsIT {

    private static final int YEAR = 2035;
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final List<String> COUNTED = List.of("tasks", "lead", "fedBack", "onTime", "late", "open",
            "overdue", "urged");

    @LocalServerPort
    int port;

    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    @Autowired
    MongoTemplate mongo;

    private static TopicRecorder deadLetters;
    private static boolean announced;
    private static final String instructed = UUID.randomUUID().toString();
    private static final String transferred = UUID.randomUUID().toString();
    private static final String forwarded = UUID.randomUUID().toString();
    private static final String newYear = UUID.randomUUID().toString();
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

    /** Once for the class: the year's events, a few of them twice, then wait until the last of each topic shows. */
    @BeforeEach
    void announceTheYearOnce() throws Exception {
        http = new Http(port);
        announcer = new Announcer(kafka);
        if (announced) {
            return;
        }
        announced = true;
        ReportContext first = context("SQ-2035-000201");
        // two leaders instruct: transport named again keeps one task, with the earlier deadline
        announcer.announce(new InstructionIssued(UUID.randomUUID(), instructed, 6, noon(3, 1), "i-1", "county-head",
                InstructionIssued.Level.COUNTY, "请交通局牵头办理。", List.of(
                        new AssignedUnit("transport", AssignedUnit.Role.LEAD, LocalDate.of(YEAR, 3, 20)),
                        new AssignedUnit("finance", AssignedUnit.Role.SUPPORT, LocalDate.of(YEAR, 3, 20))), first),
                InstructionIssued.TYPE, "leadership-instruction");
        announcer.announce(new InstructionIssued(UUID.randomUUID(), instructed, 8, noon(3, 5), "i-2", "deputy-head",
                InstructionIssued.Level.COUNTY, "请卫健局配合。", List.of(
                        new AssignedUnit("transport", AssignedUnit.Role.SUPPORT, LocalDate.of(YEAR, 3, 15)),
                        new AssignedUnit("health", AssignedUnit.Role.SUPPORT, null)), first),
                InstructionIssued.TYPE, "leadership-instruction");
        ReportFlagged overdue = new ReportFlagged(UUID.randomUUID(), instructed, "SQ-2035-000201",
                ReportFlagged.Flag.OVERDUE, 9, noon(3, 16), "chengguan", "economy", Category.HARD_PROBLEM, "SYSTEM",
                "transport", null, null, "system");
        announcer.announce(overdue, ReportFlagged.TYPE, "follow-up");
        announcer.announce(overdue, ReportFlagged.TYPE, "follow-up");
        announcer.announce(new ReportFlagged(UUID.randomUUID(), instructed, "SQ-2035-000201", ReportFlagged.Flag.URGED,
                9, noon(3, 17), "chengguan", "economy", Category.HARD_PROBLEM, "OFFICE", "transport", null, null,
                "office"), ReportFlagged.TYPE, "follow-up");
        // transport late against 15 March; finance at 23:59 on its deadline day in the county, on time
        ReportHandled handled = new ReportHandled(UUID.randomUUID(), instructed, 11, noon(3, 25), "SQ-2035-000201",
                List.of(feedback("transport", ReportHandled.Result.C, noon(3, 18)),
                        feedback("finance", ReportHandled.Result.B, Instant.parse(YEAR + "-03-20T15:59:00Z")),
                        feedback("health", ReportHandled.Result.C, noon(3, 25))));
        announcer.announce(handled, ReportHandled.TYPE, "follow-up");
        announcer.announce(handled, ReportHandled.TYPE, "follow-up");
        announcer.announce(new SatisfactionRated(UUID.randomUUID(), instructed, 12, noon(3, 26), "SQ-2035-000201",
                SatisfactionRated.Rating.UNSATISFIED, "member-m0001"), SatisfactionRated.TYPE, "follow-up");
        announcer.announce(new ReportStatusChanged(UUID.randomUUID(), instructed, "SQ-2035-000201",
                ReportStatus.IN_HANDLING, ReportStatus.HANDLED, 13, noon(3, 26), "chengguan", "economy",
                Category.HARD_PROBLEM, "MEMBER"), ReportStatusChanged.TYPE, "follow-up");
        announcer.announce(new ReportHandled(UUID.randomUUID(), instructed, 14, noon(4, 20), "SQ-2035-000201",
                List.of(feedback("transport", ReportHandled.Result.A, noon(4, 18)),
                        feedback("finance", ReportHandled.Result.B, noon(4, 19)),
                        feedback("health", ReportHandled.Result.A, noon(4, 20)))), ReportHandled.TYPE, "follow-up");
        announcer.announce(new SatisfactionRated(UUID.randomUUID(), instructed, 15, noon(4, 21), "SQ-2035-000201",
                SatisfactionRated.Rating.SATISFIED, "member-m0001"), SatisfactionRated.TYPE, "follow-up");

        // the office's transfer (转送) and forward (转办): open tasks
        announcer.announce(new ReportTransferred(UUID.randomUUID(), transferred, 5, noon(6, 1), "t-1", "请河口镇办理。",
                List.of(new AssignedUnit("gov-hekou", AssignedUnit.Role.LEAD, LocalDate.of(YEAR, 6, 30))),
                context("SQ-2035-000202"), "office"), ReportTransferred.TYPE, "committee-review");
        announcer.announce(new ReportForwarded(UUID.randomUUID(), forwarded, 7, noon(6, 2), "f-1", "请交通局研究。",
                List.of(new AssignedUnit("transport", AssignedUnit.Role.SUPPORT, LocalDate.of(YEAR, 6, 30))),
                context("SQ-2035-000203")), ReportForwarded.TYPE, "leadership-instruction");
        // 17:00 UTC on 31 December is 01:00 on 1 January in the county: next year's task
        announcer.announce(new InstructionIssued(UUID.randomUUID(), newYear, 6,
                Instant.parse(YEAR + "-12-31T17:00:00Z"), "i-3", "county-head", InstructionIssued.Level.COUNTY,
                "请财政局研究。", List.of(new AssignedUnit("finance", AssignedUnit.Role.LEAD, null)),
                context("SQ-2035-000204")), InstructionIssued.TYPE, "leadership-instruction");

        await().atMost(PATIENCE).untilAsserted(() -> {
            JsonNode year = http.json("/api/dashboard/units/" + YEAR, TestTokens.viewer());
            assertThat(unit(year, "transport").path("results").path("A").asLong()).isEqualTo(1);
            assertThat(unit(year, "transport").path("tasks").asLong()).isEqualTo(2);
            assertThat(unit(year, "transport").path("overdue").asLong()).isEqualTo(1);
            assertThat(unit(year, "transport").path("urged").asLong()).isEqualTo(1);
            assertThat(unit(year, "health").path("satisfaction").path("SATISFIED").asLong()).isEqualTo(1);
            assertThat(unit(year, "gov-hekou").path("tasks").asLong()).isEqualTo(1);
            assertThat(http.json("/api/dashboard/units/" + (YEAR + 1), TestTokens.viewer()).path("totals")
                    .path("tasks").asLong()).isEqualTo(1);
        });
    }

    @Test
    void everyUnitIsCountedOncePerReportWithItsLatestResultAndTheReportsLatestRating() throws Exception {
        JsonNode year = http.json("/api/dashboard/units/" + YEAR, TestTokens.office());

        assertThat(year.path("year").asInt()).isEqualTo(YEAR);
        JsonNode transport = unit(year, "transport");
        assertThat(transport.path("name").asString()).isEqualTo("县交通运输局");
        assertThat(transport.path("kind").asString()).isEqualTo("DEPARTMENT");
        assertThat(figures(transport)).as("the instructed report (merged, late, reopened) and the forward (open)")
                .isEqualTo(Map.of("tasks", 2L, "lead", 1L, "fedBack", 1L, "onTime", 0L, "late", 1L, "open", 1L,
                        "overdue", 1L, "urged", 1L));
        assertThat(transport.path("onTimeRate").asDouble()).isZero();
        assertThat(transport.path("results").path("A").asLong()).isEqualTo(1);
        assertThat(transport.path("results").path("C").asLong()).as("the first result was replaced").isZero();
        assertThat(transport.path("satisfaction").path("SATISFIED").asLong()).isEqualTo(1);
        assertThat(transport.path("satisfaction").path("UNSATISFIED").asLong()).isZero();
        assertThat(transport.path("satisfaction").path("rate").asDouble()).isEqualTo(1.0);

        JsonNode finance = unit(year, "finance");
        assertThat(figures(finance)).as("23:59 on the deadline day, county time")
                .isEqualTo(Map.of("tasks", 1L, "lead", 0L, "fedBack", 1L, "onTime", 1L, "late", 0L, "open", 0L,
                        "overdue", 0L, "urged", 0L));
        assertThat(finance.path("results").path("B").asLong()).isEqualTo(1);
        assertThat(unit(year, "health").path("onTime").asLong()).as("no deadline, never late").isEqualTo(1);
        assertThat(unit(year, "health").path("results").path("A").asLong()).isEqualTo(1);
        assertThat(unit(year, "health").path("satisfaction").path("rated").asLong()).isEqualTo(1);
        assertThat(figures(unit(year, "gov-hekou"))).as("the transfer, not fed back")
                .containsEntry("tasks", 1L).containsEntry("lead", 1L).containsEntry("open", 1L);
        assertThat(unit(year, "gov-hekou").path("kind").asString()).isEqualTo("TOWNSHIP");
        JsonNode education = unit(year, "education");
        assertThat(figures(education)).as("a unit with nothing: zeros").allSatisfy((k, n) -> assertThat(n).isZero());
        assertThat(education.path("onTimeRate").isNull()).isTrue();
        assertThat(education.path("satisfaction").path("rate").isNull()).isTrue();
        assertThat(year.path("units").size()).as("every unit of the roster").isEqualTo(50);
        assertThat(figures(year.path("totals"))).isEqualTo(Map.of("tasks", 5L, "lead", 2L, "fedBack", 3L,
                "onTime", 2L, "late", 1L, "open", 2L, "overdue", 1L, "urged", 1L));

        JsonNode next = http.json("/api/dashboard/units/" + (YEAR + 1), TestTokens.viewer());
        assertThat(unit(next, "finance").path("tasks").asLong()).as("assigned on 1 January in the county")
                .isEqualTo(1);
        assertThat(unit(year, "finance").path("tasks").asLong()).isEqualTo(1);
    }

    @Test
    void aRepeatedEventIsKeptOnce() {
        // the reopening follows the flags on report-status: wait for it too
        await().atMost(PATIENCE).until(() -> stored().getList("reopenings", Document.class) != null);
        Document stored = stored();

        assertThat(stored.getList("assignments", Document.class)).hasSize(2);
        assertThat(stored.getList("handled", Document.class)).as("the first handling, delivered twice").hasSize(2);
        assertThat(stored.getList("flags", Document.class)).as("the OVERDUE flag, delivered twice, and URGED")
                .extracting(flag -> flag.getString("kind")).containsExactlyInAnyOrder("OVERDUE", "URGED");
        assertThat(stored.getList("ratings", Document.class)).hasSize(2);
        assertThat(stored.getList("reopenings", Document.class)).hasSize(1);
        assertThat(stored.getList("years", Integer.class)).containsExactly(YEAR);
    }

    @Test
    void theWorkbookCarriesTheFiguresOfTheJson() throws Exception {
        JsonNode year = http.json("/api/dashboard/units/" + YEAR, TestTokens.viewer());
        HttpResponse<byte[]> file = http.getBytes("/api/dashboard/units/" + YEAR + ".xlsx", TestTokens.leadersOffice());

        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type").orElse(""))
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(file.headers().firstValue("Content-Disposition").orElse(""))
                .contains("filename=\"units-" + YEAR + ".xlsx\"", "filename*=UTF-8''");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
            Sheet units = workbook.getSheetAt(0);
            assertThat(units.getSheetName()).isEqualTo("承办单位 Units " + YEAR);
            Map<String, Integer> column = new HashMap<>();
            for (Cell heading : units.getRow(0)) {
                column.put(heading.getStringCellValue(), heading.getColumnIndex());
            }
            assertThat(column).containsKeys("单位代码 Unit", "交办任务 Tasks", "按时反馈 On time", "超期 Overdue",
                    "满意率% Satisfaction rate %");
            Map<String, Row> rows = new HashMap<>();
            for (int r = 1; r <= units.getLastRowNum(); r++) {
                rows.put(units.getRow(r).getCell(0).getStringCellValue(), units.getRow(r));
            }
            assertThat(rows).hasSize(51).containsKey("合计 Total");
            for (JsonNode unit : year.path("units")) {
                Row row = rows.get(unit.path("code").asString());
                assertThat(row).as(unit.path("code").asString()).isNotNull();
                assertThat(row.getCell(1).getStringCellValue()).isEqualTo(unit.path("name").asString());
                assertThat(numbers(row)).as(unit.path("code").asString()).isEqualTo(jsonNumbers(unit));
            }
            assertThat(numbers(rows.get("合计 Total"))).isEqualTo(jsonNumbers(year.path("totals")));
            Row transport = rows.get("transport");
            assertThat(transport.getCell(column.get("按时率% On-time rate %")).getNumericCellValue()).isZero();
            assertThat(transport.getCell(column.get("满意率% Satisfaction rate %")).getNumericCellValue())
                    .isEqualTo(100.0);
            assertThat(rows.get("education").getCell(column.get("按时率% On-time rate %")).getStringCellValue())
                    .as("no rate without feedback").isEmpty();

            Sheet tasks = workbook.getSheet("任务明细 Tasks");
            assertThat(tasks.getLastRowNum()).as("one row per task").isEqualTo(5);
            assertThat(tasks.getRow(1).getCell(0).getStringCellValue()).isEqualTo("SQ-2035-000201");
            assertThat(tasks.getRow(1).getCell(2).getStringCellValue()).isEqualTo("transport");
            assertThat(tasks.getRow(1).getCell(6).getStringCellValue()).as("the earlier deadline")
                    .isEqualTo(YEAR + "-03-15");
        }
    }

    @Test
    void theBoardsReadersReadItOthersAreRefusedAndABadYearIsNamed() throws Exception {
        for (String reader : List.of(TestTokens.viewer(), TestTokens.office(), TestTokens.leader("county-head"),
                TestTokens.leadersOffice())) {
            assertThat(http.get("/api/dashboard/units/" + YEAR, reader).statusCode()).isEqualTo(200);
        }
        for (String other : List.of(TestTokens.unit("transport"), TestTokens.member("m0001"),
                TestTokens.station("chengguan"), TestTokens.reviewer("economy"))) {
            assertThat(http.get("/api/dashboard/units/" + YEAR, other).statusCode()).isEqualTo(403);
            assertThat(http.getBytes("/api/dashboard/units/" + YEAR + ".xlsx", other).statusCode()).isEqualTo(403);
        }
        assertThat(http.get("/api/dashboard/units/" + YEAR, null).statusCode()).isEqualTo(401);

        for (String path : List.of("/api/dashboard/units/1999", "/api/dashboard/units/2101",
                "/api/dashboard/units/next",
                "/api/dashboard/units/20x5.xlsx", "/api/dashboard/units/1999.xlsx")) {
            HttpResponse<String> refused = http.get(path, TestTokens.viewer());
            assertThat(refused.statusCode()).as(path).isEqualTo(400);
            assertThat(refused.headers().firstValue("Content-Type").orElse("")).as(path)
                    .startsWith("application/problem+json");
            assertThat(Http.fields(refused)).as(path).containsExactly("year");
        }
        assertThat(Http.fields(http.get("/api/dashboard/units/" + YEAR + "?unit=transport", TestTokens.viewer())))
                .containsExactly("unit");
    }

    @Test
    void aHandledReportWithoutAResultGoesToTheDeadLetterTopic() throws Exception {
        String broken = UUID.randomUUID().toString();
        announcer.announce(new ReportHandled(UUID.randomUUID(), broken, 9, noon(5, 1), "SQ-2035-000299",
                List.of(new ReportHandled.UnitFeedback("transport", AssignedUnit.Role.LEAD, null, noon(5, 1)))),
                ReportHandled.TYPE, "follow-up");

        await().atMost(PATIENCE).until(() -> deadLetters.withKey(broken).size() == 1);
        assertThat(deadLetters.withKey(broken).get(0).header("kafka_dlt-exception-cause-fqcn"))
                .contains("UnusableHandlingEvent");
        assertThat(deadLetters.withKey(instructed)).as("the year's events were all usable").isEmpty();
    }

    private Document stored() {
        return mongo.findOne(Query.query(Criteria.where("_id").is(instructed)), Document.class, "handlings");
    }

    private static Map<String, Long> figures(JsonNode unit) {
        Map<String, Long> figures = new HashMap<>();
        COUNTED.forEach(name -> figures.put(name, unit.path(name).asLong()));
        return figures;
    }

    /** The JSON's counts in the workbook's column order. */
    private static List<Double> jsonNumbers(JsonNode unit) {
        JsonNode s = unit.path("satisfaction");
        return List.of(unit.path("tasks").asDouble(), unit.path("lead").asDouble(), unit.path("fedBack").asDouble(),
                unit.path("onTime").asDouble(), unit.path("late").asDouble(), unit.path("open").asDouble(),
                unit.path("overdue").asDouble(), unit.path("urged").asDouble(),
                unit.path("results").path("A").asDouble(),
                unit.path("results").path("B").asDouble(), unit.path("results").path("C").asDouble(),
                s.path("SATISFIED").asDouble(), s.path("BASICALLY_SATISFIED").asDouble(),
                s.path("UNSATISFIED").asDouble());
    }

    /** The workbook's numeric counts of a row: columns D–H, J–R (I and S are the rates). */
    private static List<Double> numbers(Row row) {
        return List.of(3, 4, 5, 6, 7, 9, 10, 11, 12, 13, 14, 15, 16, 17).stream().map(row::getCell).map(cell -> {
            assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
            return cell.getNumericCellValue();
        }).toList();
    }

    private static JsonNode unit(JsonNode year, String code) {
        for (JsonNode unit : year.path("units")) {
            if (unit.path("code").asString().equals(code)) {
                return unit;
            }
        }
        throw new AssertionError("no row for " + code + " in " + year);
    }

    private static ReportHandled.UnitFeedback feedback(String unit, ReportHandled.Result result, Instant at) {
        return new ReportHandled.UnitFeedback(unit, AssignedUnit.Role.SUPPORT, result, at);
    }

    private static ReportContext context(String trackingNumber) {
        return new ReportContext(trackingNumber, "测试信息", Category.HARD_PROBLEM, "chengguan", "economy",
                List.of("m0001"), false);
    }

    /** Noon in Beijing on {@code month}-{@code day} of the year. */
    private static Instant noon(int month, int day) {
        return LocalDate.of(YEAR, month, day).atTime(4, 0).toInstant(ZoneOffset.UTC);
    }
}
