package org.minyi.platform.console;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Sending up to higher CPPCCs (报送上级政协) in the console: the office records a submission on an adopted
 * report's page, then the provincial CPPCC's adoption, which answers it; the 报送上级 screen lists it in the
 * year's ledger with the totals the API gives, and the year's workbook downloads. The report reaches ADOPTED
 * through the API beforehand.
 */
class UpstreamConsoleIT extends ConsoleTest {

    @Test
    void theOfficeRecordsASubmissionSeesItAnsweredInTheYearsLedgerWithTotalsAndDownloadsTheWorkbook() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        String id = adopt(submit("关于城关镇农村饮水安全的建议 " + run));
        String tracking = api.get("office", "/api/review/reports/" + id).path("trackingNumber").asString();

        // the report's page: the submission recorded in the office's form
        browser.open("#/review/" + id);
        browser.signIn("office");
        browser.click("#upstream-submission summary");
        assertThat(browser.text("#upstream-submission")).contains("尚未报送上级政协");
        browser.choose("#upstream-submission-form [name=level]", "PROVINCE");
        browser.type("#upstream-submission-form [name=channel]", "信息专报");
        browser.act("#upstream-submission-form-submit");
        assertThat(browser.text("#upstream-submission-list")).contains("省级", "信息专报", "待反馈");
        JsonNode submission = api.get("office", "/api/review/reports/" + id).path("upstreamSubmissions").get(0);
        assertThat(submission.path("level").asString()).isEqualTo("PROVINCE");
        assertThat(submission.path("channel").asString()).isEqualTo("信息专报");
        String submissionId = submission.path("submissionId").asString();

        // the provincial CPPCC's adoption answers it
        browser.click("#upstream summary");
        browser.choose("#upstream-form [name=level]", "PROVINCE");
        browser.act("#upstream-form-submit");
        assertThat(browser.text("#upstream-list")).contains("省级");
        assertThat(browser.text("#upstream-submission-list")).contains("已采用");

        // the year's ledger, with the totals the API gives for the same year
        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        browser.go("#/upstream/" + year);
        String row = "#upstream-entries tr[data-submission-id='" + submissionId + "']";
        browser.waitFor(row);
        assertThat(browser.text(row)).contains(tracking, "关于城关镇农村饮水安全的建议", "省级", "信息专报", "已采用");
        assertThat(browser.waitFor(row).getDomAttribute("data-state")).isEqualTo("ANSWERED");
        JsonNode ledger = api.get("office", "/api/review/upstream?year=" + year + "&size=1");
        for (JsonNode total : ledger.path("totals")) {
            String cells = "#upstream-totals-table tr[data-level='" + total.path("level").asString() + "'] ";
            assertThat(browser.text(cells + ".submitted")).isEqualTo(String.valueOf(total.path("submitted").asInt()));
            assertThat(browser.text(cells + ".adopted")).isEqualTo(String.valueOf(total.path("adopted").asInt()));
            assertThat(browser.text(cells + ".pending")).isEqualTo(String.valueOf(total.path("pending").asInt()));
        }
        assertThat(Integer.parseInt(browser.text("#upstream-totals-table tr[data-level='PROVINCE'] .adopted")))
                .isPositive();
        assertThat(browser.text("#upstream-totals-table tr[data-level='ALL'] .submitted"))
                .isEqualTo(String.valueOf(ledger.path("overall").path("submitted").asInt()));

        browser.click("#download-xlsx");
        Path workbook = awaitDownload();
        assertThat(workbook.getFileName().toString()).endsWith(".xlsx").contains(String.valueOf(year));
        byte[] bytes = Files.readAllBytes(workbook);
        assertThat(new String(bytes, 0, 2)).as("a zip: Office Open XML").isEqualTo("PK");
        assertThat(browser.untranslated()).isEmpty();
        assertThat(browser.unlabelled()).isEmpty();
        browser.signOut();
    }

    private static String submit(String title) {
        return api.post("station-chengguan", "/api/reports", Map.of("title", title, "category", "DAILY_LIFE",
                "domain", "transport", "situation", "城关镇部分村组饮用水水质不稳定，涉及约800人。",
                "suggestions", "建议县水利局开展水质检测并改造管网。", "township", "chengguan", "authors", List.of(),
                "urgent", false)).path("id").asString();
    }

    /** Through the economy committee's queue to ADOPTED, as its reviewer would in the console. */
    private static String adopt(String id) {
        await().atMost(STEP).until(() -> api.status("reviewer-economy", "/api/review/reports/" + id) == 200);
        api.post("reviewer-economy", "/api/review/reports/" + id + "/claim", null);
        api.post("reviewer-economy", "/api/review/reports/" + id + "/decision", Map.of("decision", "ADOPT", "grade", "B"));
        return id;
    }

    private static Path awaitDownload() {
        return await().atMost(Duration.ofSeconds(15)).until(() -> {
            try (Stream<Path> files = Files.list(browser.downloads())) {
                return files.filter(f -> f.toString().endsWith(".xlsx") && f.toFile().length() > 0).findFirst()
                        .orElse(null);
            }
        }, file -> file != null);
    }
}
