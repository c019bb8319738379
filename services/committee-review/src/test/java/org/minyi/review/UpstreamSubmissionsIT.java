package org.minyi.review;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.minyi.events.status.ReportFlagged;
import org.minyi.testing.MinyiIntegrationTest;
import org.minyi.testing.TestTokens;
import org.minyi.testing.TopicRecorder;
import org.springframework.boot.micrometer.metrics.test.autoconfigure.AutoConfigureMetrics;
import org.springframework.boot.micrometer.tracing.test.autoconfigure.AutoConfigureTracing;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Sending up to higher CPPCCs (报送上级政协) on a real Kafka broker and a MongoDB-wire server, over HTTP with each
 * role's own token: the office records a submission, {@code report-status} carries UPSTREAM_SUBMITTED once; an
 * upstream adoption answers it; the year's ledger lists every submission with its adoption and totals per level,
 * as JSON and as a workbook; bad input, unknown objects and wrong states are refused as problem+json and change
 * nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.mongodb.database=review_it", "minyi.review.pending-sweep-every=300ms", "minyi.review.pending-age=2s",
        "minyi.review.time-limit.check-every=300ms", "minyi.review.time-limit.committees.overseas=60"})
@MinyiIntegrationTest
@Import({ControllableClock.Configuration.class, RecordedSpans.Configuration.class})
@AutoConfigureMetrics
@AutoConfigureTracing
class UpstreamSubmissionsIT extends ReviewServiceTestBase {

    private static final ZoneId COUNTY = ZoneId.of("Asia/Shanghai");
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** A year no other test sends anything up in, so that its ledger is this test's alone. */
    private static final int YEAR = 2013;

    @Test
    void theOfficeSendsAnAdoptedReportUpAndReportStatusCarriesTheFlagOnce() throws Exception {
        String id = adopted("economy");
        LocalDate sent = LocalDate.now(COUNTY).minusDays(2);
        String body = "{\"level\": \"PROVINCE\", \"submittedOn\": \"" + sent + "\", \"channel\": \"信息专报\"}";

        HttpResponse<String> recorded = post(submissions(id), TestTokens.office(), body);

        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
        assertThat(recorded.headers().firstValue("Location")).hasValue("/api/review/reports/" + id);
        JsonNode submission = JSON.readTree(recorded.body());
        String submissionId = submission.path("submissionId").asString();
        assertThat(submissionId).isNotBlank();
        assertThat(submission.path("reportId").asString()).isEqualTo(id);
        assertThat(submission.path("level").asString()).isEqualTo("PROVINCE");
        assertThat(submission.path("submittedOn").asString()).isEqualTo(sent.toString());
        assertThat(submission.path("channel").asString()).isEqualTo("信息专报");
        assertThat(submission.path("submittedBy").asString()).isEqualTo("office");
        assertThat(submission.path("state").asString()).isEqualTo("PENDING");

        HttpResponse<String> repeated = post(submissions(id), TestTokens.office(), body);
        assertThat(repeated.statusCode()).as("the same line again: answered as it stands").isEqualTo(200);
        assertThat(JSON.readTree(repeated.body()).path("submissionId").asString()).isEqualTo(submissionId);

        HttpResponse<String> adoption = post("/api/review/reports/" + id + "/upstream-adoptions", TestTokens.office(),
                "{\"level\": \"PROVINCE\", \"mode\": \"SINGLE\", \"adoptedOn\": \"" + sent.plusDays(1) + "\"}");
        assertThat(adoption.statusCode()).as(adoption.body()).isEqualTo(201);
        assertThat(JSON.readTree(adoption.body()).path("upstreamAdoptions").get(0).path("submission").asString())
                .as("the adoption names the submission it answers").isEqualTo(submissionId);

        // the adoption's flag follows the submission's on the report's partition: a second submission flag
        // would have been published before it
        await().atMost(WAIT).until(() -> flags(id, "UPSTREAM_ADOPTED").size() == 1);
        List<TopicRecorder.Recorded> submitted = flags(id, "UPSTREAM_SUBMITTED");
        assertThat(submitted).hasSize(1);
        JsonNode flag = JSON.readTree(submitted.get(0).value());
        assertThat(flag.path("level").asString()).isEqualTo("PROVINCE");
        assertThat(flag.path("sequence").asLong()).as("the current sequence, not advanced").isEqualTo(4);
        assertThat(flag.path("committee").asString()).isEqualTo("economy");
        assertThat(flag.path("actorRole").asString()).isEqualTo("OFFICE");
        assertThat(flag.path("actor").asString()).isEqualTo("office");
        assertThat(flag.toString()).as("codes only").doesNotContain(TITLE);
        assertThat(submitted.get(0).header("ce_type")).isEqualTo(ReportFlagged.TYPE.name());
        assertThat(submitted.get(0).header("ce_source")).isEqualTo(SOURCE);

        JsonNode item = item(id);
        assertThat(item.path("sequence").asLong()).isEqualTo(4);
        assertThat(item.path("upstreamSubmissions")).singleElement().satisfies(s -> {
            assertThat(s.path("submissionId").asString()).isEqualTo(submissionId);
            assertThat(s.path("state").asString()).isEqualTo("ANSWERED");
            assertThat(s.path("adoption").path("adoptedOn").asString()).isEqualTo(sent.plusDays(1).toString());
        });

        String audit = "/api/audit?object=" + id + "&principal=office&outcome=ALLOWED";
        JsonNode audited = await().atMost(WAIT).until(() -> JSON.readTree(get(audit, TestTokens.office()).body()),
                page -> page.path("items").findValuesAsString("action")
                        .contains("POST /api/review/reports/{id}/upstream-submissions"));
        assertThat(audited.toString()).as("no channel in the audit trail").doesNotContain("信息专报");
    }

    @Test
    void theYearsLedgerListsEverySubmissionWithItsAdoptionAndTotalsPerLevelAsJsonAndAsAWorkbook() throws Exception {
        String first = adopted("economy");
        String second = adopted("agriculture");
        String lastYears = adopted("economy");
        String firstCity = submit(first, "CITY", YEAR + "-03-01", "信息专报");
        String firstProvince = submit(first, "PROVINCE", YEAR + "-05-02", "网络报送");
        String secondCity = submit(second, "CITY", YEAR + "-04-01", "信息专报");
        submit(lastYears, "CITY", (YEAR - 1) + "-12-30", "信息专报");
        adopt(first, "CITY", YEAR + "-03-20", null);
        adopt(second, "CITY", YEAR + "-04-15", secondCity);

        HttpResponse<String> answer = get("/api/review/upstream?year=" + YEAR + "&size=100", TestTokens.office());

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode ledger = JSON.readTree(answer.body());
        assertThat(ledger.path("year").asInt()).isEqualTo(YEAR);
        assertThat(ledger.path("total").asLong()).isEqualTo(3);
        assertThat(ledger.path("items").findValuesAsString("submissionId"))
                .as("newest first; the year before left out").containsExactly(firstProvince, secondCity, firstCity);
        JsonNode answered = ledger.path("items").get(1);
        assertThat(answered.path("reportId").asString()).isEqualTo(second);
        assertThat(answered.path("title").asString()).isEqualTo(TITLE);
        assertThat(answered.path("committee").asString()).isEqualTo("agriculture");
        assertThat(answered.path("state").asString()).isEqualTo("ANSWERED");
        assertThat(answered.path("adoption").path("adoptedOn").asString()).isEqualTo(YEAR + "-04-15");
        assertThat(answered.path("adoption").path("mode").asString()).isEqualTo("SINGLE");
        assertThat(ledger.path("items").get(2).path("adoption").path("submission").asString())
                .as("the adoption naming none answered the latest submission of its level").isEqualTo(firstCity);
        assertThat(ledger.path("items").get(0).path("state").asString()).isEqualTo("PENDING");
        assertThat(ledger.path("items").get(0).path("adoption").isNull()).isTrue();
        assertThat(totals(ledger)).containsExactly("CITY 2 2 0 1", "PROVINCE 1 0 1 0", "NATIONAL 0 0 0 0");
        assertThat(ledger.path("overall").path("submitted").asInt()).isEqualTo(3);
        assertThat(ledger.path("overall").path("adopted").asInt()).isEqualTo(2);
        assertThat(ledger.path("overall").path("rate").decimalValue()).isEqualByComparingTo("0.6667");

        JsonNode secondPage = JSON.readTree(get("/api/review/upstream?year=" + YEAR + "&page=1&size=2",
                TestTokens.office()).body());
        assertThat(secondPage.path("items").findValuesAsString("submissionId")).containsExactly(firstCity);
        assertThat(secondPage.path("total").asLong()).isEqualTo(3);
        assertThat(totals(secondPage)).as("the totals are the year's, whatever the page")
                .containsExactly("CITY 2 2 0 1", "PROVINCE 1 0 1 0", "NATIONAL 0 0 0 0");

        HttpResponse<String> viewers = get("/api/review/upstream?year=" + YEAR + "&size=100", TestTokens.viewer());
        assertThat(viewers.statusCode()).isEqualTo(200);
        assertThat(viewers.body()).as("codes only for a viewer").doesNotContain(TITLE).contains(secondCity);
        assertThat(totals(JSON.readTree(viewers.body()))).isEqualTo(totals(ledger));
        assertThat(get("/api/review/upstream?year=" + YEAR, TestTokens.reviewer("economy")).statusCode())
                .isEqualTo(403);
        assertThat(get("/api/review/upstream?year=" + YEAR, TestTokens.leadersOffice()).statusCode()).isEqualTo(403);

        HttpResponse<byte[]> export = getBytes("/api/review/upstream/export?year=" + YEAR, TestTokens.office(), XLSX);
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(XLSX));
        assertThat(export.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d)
                .startsWith("attachment").contains(".xlsx"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export.body()))) {
            Sheet entries = workbook.getSheetAt(0);
            assertThat(entries.getSheetName()).isEqualTo("报送明细 Submissions");
            assertThat(entries.getRow(0).getCell(0).getStringCellValue()).isEqualTo("跟踪号 Tracking number");
            assertThat(entries.getLastRowNum()).isEqualTo(3);
            assertThat(cells(entries.getRow(2))).contains(TITLE, "agriculture", "市级", YEAR + "-04-01", "信息专报",
                    "已采用", YEAR + "-04-15", "单篇采用");
            assertThat(cells(entries.getRow(1))).contains("省级", "待反馈");
            Sheet totals = workbook.getSheetAt(1);
            assertThat(totals.getSheetName()).isEqualTo("汇总 Totals");
            assertThat(cells(totals.getRow(0))).last().isEqualTo("采用率（%） Rate (%)");
            assertThat(cells(totals.getRow(1))).containsExactly("市级", "2", "2", "0", "100");
            assertThat(cells(totals.getRow(2))).containsExactly("省级", "1", "0", "1", "0");
            assertThat(cells(totals.getRow(3))).containsExactly("全国", "0", "0", "0", "0");
            assertThat(cells(totals.getRow(4))).containsExactly("合计", "3", "2", "1", "66.67");
        }
        HttpResponse<byte[]> viewersExport = getBytes("/api/review/upstream/export?year=" + YEAR, TestTokens.viewer(),
                XLSX);
        assertThat(viewersExport.statusCode()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(viewersExport.body()))) {
            assertThat(cells(workbook.getSheetAt(0).getRow(2))).doesNotContain(TITLE).contains("agriculture");
        }
    }

    @Test
    void badInputOthersObjectsAndWrongStatesAreRefusedAsProblemsAndChangeNothing() throws Exception {
        String queued = queued("economy");
        JsonNode early = conflict(post(submissions(queued), TestTokens.office(), line("CITY", today(), "信息专报")));
        assertThat(early.path("currentStatus").asString()).isEqualTo("ROUTED");
        assertThat(early.path("reportId").asString()).isEqualTo(queued);
        assertThat(item(queued).path("upstreamSubmissions").isEmpty()).isTrue();

        String id = adopted("environment");
        String other = adopted("environment");
        String city = submit(id, "CITY", today().minusDays(5).toString(), "信息专报");
        String othersSubmission = submit(other, "CITY", today().minusDays(5).toString(), "信息专报");
        adopt(id, "CITY", today().minusDays(3).toString(), city);
        String before = item(id).toString();

        assertThat(fields(post(submissions(id), TestTokens.office(), null)))
                .containsExactly("level", "submittedOn", "channel");
        assertThat(problem(post(submissions(id), TestTokens.office(), line("CITY", today().plusDays(1), "信息专报"))))
                .isEqualTo("submittedOn in_future");
        assertThat(problem(post(submissions(id), TestTokens.office(), line("CITY", LocalDate.of(1999, 1, 2), "报送"))))
                .isEqualTo("submittedOn too_early");
        assertThat(problem(post(submissions(id), TestTokens.office(), line("COUNTY", today(), "信息专报"))))
                .isEqualTo("level bad_value");
        assertThat(problem(post(submissions(id), TestTokens.office(), line("CITY", today(), "长".repeat(51)))))
                .isEqualTo("channel too_long");
        assertThat(problem(post(submissions(id), TestTokens.office(), line("CITY", today(), "信息\\n专报"))))
                .isEqualTo("channel bad_text");
        assertThat(problem(post(submissions(id), TestTokens.office(), "{\"level\": \"CITY\", \"submittedOn\": \""
                + today() + "\", \"channel\": \"信息专报\", \"submittedBy\": \"someone\"}")))
                .isEqualTo("submittedBy unknown_field");
        assertThat(problem(post(submissions(id), TestTokens.office(), "{\"level\": \"CITY\", \"submittedOn\": \""
                + today() + "\", \"channel\": {\"$gt\": \"\"}}"))).isEqualTo("channel operator");
        JsonNode taken = conflict(post(submissions(id), TestTokens.office(),
                line("CITY", today().minusDays(5), "网络报送")));
        assertThat(taken.path("submissionId").asString()).as("the line in the way").isEqualTo(city);

        String adoptions = "/api/review/reports/" + id + "/upstream-adoptions";
        String adoption = "{\"level\": \"CITY\", \"mode\": \"FORWARDED\", \"adoptedOn\": \"" + today() + "\", ";
        assertThat(problem(post(adoptions, TestTokens.office(), adoption + "\"submission\": \"" + othersSubmission
                + "\"}"))).as("another report's submission").isEqualTo("submission unknown");
        assertThat(problem(post(adoptions, TestTokens.office(), adoption.replace("CITY", "NATIONAL")
                + "\"submission\": \"" + city + "\"}"))).isEqualTo("submission other_level");
        assertThat(problem(post(adoptions, TestTokens.office(), adoption + "\"submission\": \"a b\"}")))
                .isEqualTo("submission bad_code");
        assertThat(conflict(post(adoptions, TestTokens.office(), adoption + "\"submission\": \"" + city + "\"}"))
                .path("submissionId").asString()).as("answered once").isEqualTo(city);

        HttpResponse<String> unknown = post(submissions("no-such-report"), TestTokens.office(),
                line("CITY", today(), "信息专报"));
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        for (String caller : List.of(TestTokens.reviewer("environment"), TestTokens.viewer(),
                TestTokens.leadersOffice(), TestTokens.member("m0001"))) {
            assertThat(post(submissions(id), caller, line("CITY", today(), "信息专报")).statusCode()).isEqualTo(403);
        }
        assertThat(problem(get("/api/review/upstream?year=1999", TestTokens.office()))).isEqualTo("year bad_value");
        assertThat(problem(get("/api/review/upstream?year=twenty", TestTokens.office()))).startsWith("year ");
        assertThat(problem(get("/api/review/upstream?level=CITY", TestTokens.office())))
                .isEqualTo("level unknown_parameter");

        assertThat(item(id).toString()).as("nothing refused changed the report").isEqualTo(before);
        submit(id, "NATIONAL", today().toString(), "信息专报");
        await().atMost(WAIT).until(() -> flags(id, "UPSTREAM_SUBMITTED").size() >= 2);
        assertThat(flags(id, "UPSTREAM_SUBMITTED")).extracting(r -> JSON.readTree(r.value()).path("level").asString())
                .as("a flag for each recorded line, none for a refused one").containsExactly("CITY", "NATIONAL");
        assertThat(flags(id, "UPSTREAM_ADOPTED")).hasSize(1);
    }

    private String submit(String id, String level, String on, String channel) throws Exception {
        HttpResponse<String> answer = post(submissions(id), TestTokens.office(),
                "{\"level\": \"" + level + "\", \"submittedOn\": \"" + on + "\", \"channel\": \"" + channel + "\"}");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        return JSON.readTree(answer.body()).path("submissionId").asString();
    }

    private void adopt(String id, String level, String on, String submission) throws Exception {
        HttpResponse<String> answer = post("/api/review/reports/" + id + "/upstream-adoptions", TestTokens.office(),
                "{\"level\": \"" + level + "\", \"mode\": \"SINGLE\", \"adoptedOn\": \"" + on + "\""
                        + (submission == null ? "" : ", \"submission\": \"" + submission + "\"") + "}");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
    }

    private static String submissions(String id) {
        return "/api/review/reports/" + id + "/upstream-submissions";
    }

    private static String line(String level, LocalDate on, String channel) {
        return "{\"level\": \"" + level + "\", \"submittedOn\": \"" + on + "\", \"channel\": \"" + channel + "\"}";
    }

    private static LocalDate today() {
        return LocalDate.now(COUNTY);
    }

    /** The report's flags of one kind on {@code report-status}, in the order published. */
    private static List<TopicRecorder.Recorded> flags(String id, String flag) {
        return recorded(id, ReportFlagged.TYPE).stream()
                .filter(r -> JSON.readTree(r.value()).path("flag").asString().equals(flag)).toList();
    }

    /** The only field problem of a 400, as {@code "field code"}. */
    private static String problem(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode errors = JSON.readTree(answer.body()).path("errors");
        assertThat(errors.size()).as(answer.body()).isEqualTo(1);
        return errors.get(0).path("field").asString() + " " + errors.get(0).path("code").asString();
    }

    private static List<String> totals(JsonNode ledger) {
        List<String> rows = new ArrayList<>();
        ledger.path("totals").forEach(t -> rows.add(t.path("level").asString() + " " + t.path("submitted").asInt() + " "
                + t.path("adopted").asInt() + " " + t.path("pending").asInt() + " "
                + t.path("rate").decimalValue().stripTrailingZeros().toPlainString()));
        return rows;
    }

    private static List<String> cells(Row row) {
        List<String> values = new ArrayList<>();
        row.forEach(cell -> values.add(switch (cell.getCellType()) {
            case NUMERIC -> new BigDecimal(Double.toString(cell.getNumericCellValue()))
                    .setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
            default -> cell.getStringCellValue();
        }));
        return values;
    }
}
