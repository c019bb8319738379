package org.minyi.platform.console;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The people on a report's path see what they need to act, in the console: the author reads why the
 * committee returned the report, also beside the text while revising it; a named leader's inbox holds what
 * was sent to that leader and nothing else; a unit's task shows the report's text and the instruction (批示)
 * it carries out, the other units, and downloads the 交办单; a member reads 我的履职. Reports reach the
 * state each screen needs through the API beforehand.
 */
class PeopleConsoleIT extends ConsoleTest {


    private final String run = UUID.randomUUID().toString().substring(0, 6);

    @AfterEach
    void everyTextTranslatedAndEveryControlLabelled() {
        assertThat(browser.untranslated()).isEmpty();
        assertThat(browser.unlabelled()).isEmpty();
        browser.signOut();
    }

    @Test
    void theAuthorReadsTheCommitteesReasonsOnTheReportAndBesideTheTextWhileRevising() {
        String id = submit("关于城关镇老旧小区停车难的建议 " + run);
        claim(id);
        String comment = "请补充涉及的小区数量和现有车位缺口。" + run;
        api.post("reviewer-economy", "/api/review/reports/" + id + "/decision", Map.of("decision", "RETURN",
                "comment", comment));

        browser.open("#/reports/" + id);
        browser.signIn("member-m0004");
        browser.refreshUntil(() -> browser.text("#report-status").equals("退回修改"));
        assertThat(browser.text("#review-outcome")).contains("退回修改", "经济委员会");
        assertThat(browser.text("#review-comment")).isEqualTo(comment);
        assertThat(browser.text("#timeline [data-status=RETURNED]")).contains("经济委员会", comment);
        assertThat(browser.text("#timeline [data-status=SUBMITTED]")).contains("王宁");

        browser.act("#revise-report");
        assertThat(browser.text("#revise-comment")).contains("修改意见", "经济委员会", comment);
        assertThat(browser.present("#report-form [name=situation]")).isTrue();
    }

    @Test
    void aNamedLeadersInboxHoldsWhatWasSentToThatLeaderAndTheSecretariatRecordsForAnother() {
        String id = adopt(submit("关于城关镇农贸市场改造的建议 " + run));
        api.post("office", "/api/review/reports/" + id + "/send-to-leaders", Map.of("leaders", List.of("county-head")));
        await().atMost(STEP).until(() -> api.status("leader-county-head", "/api/leadership/reports/" + id) == 200);

        browser.open("#/inbox");
        browser.signIn("leader-party-secretary");
        assertThat(browser.text("#inbox-owner")).contains("县委书记");
        assertThat(browser.present("#inbox-list [data-report-id='" + id + "']")).isFalse();
        browser.go("#/inbox/" + id);
        browser.waitUntil(() -> browser.present("#view .problem[data-status='404']"));
        browser.signOut();

        browser.signIn("leader-county-head");
        browser.go("#/inbox");
        browser.refreshUntilPresent("#inbox-list [data-report-id='" + id + "']");
        assertThat(browser.text("#inbox-owner")).contains("县长", "李明");
        browser.act("#inbox-list [data-report-id='" + id + "'] a.card-title");
        assertThat(browser.text("#sent-to")).contains("县长 李明");
        assertThat(browser.present("#instruction-leader[readonly]")).isTrue();
        browser.signOut();

        // the secretariat (领导秘书处) records the deputy head's instruction, who now reads the report too
        browser.signIn("leader");
        browser.go("#/inbox/" + id);
        browser.waitFor("#instruction-form");
        browser.choose("#instruction-leader", "deputy-head-urban");
        browser.type("#instruction-form [name=text]", "请县住建局研究农贸市场改造方案。" + run);
        browser.choose("#unit-rows .unit-row:nth-of-type(1) select[name=unit]", "housing-construction");
        browser.act("#instruction-form-submit");
        assertThat(browser.text("#instructions")).contains("副县长", "张丽", "秘书处代录", "请县住建局研究农贸市场改造方案。" + run);
        assertThat(api.status("leader-deputy-head-urban", "/api/leadership/reports/" + id)).isEqualTo(200);
        assertThat(api.status("leader-party-secretary", "/api/leadership/reports/" + id)).isEqualTo(404);
    }

    @Test
    void aUnitsTaskShowsTheReportsTextTheInstructionItCarriesOutTheOtherUnitsAndItsSheet() throws Exception {
        String id = adopt(submit("关于城关镇公交站台遮雨棚缺失的建议 " + run));
        api.post("office", "/api/review/reports/" + id + "/send-to-leaders", Map.of("leaders", List.of("county-head")));
        await().atMost(STEP).until(() -> api.status("leader-county-head", "/api/leadership/reports/" + id) == 200);
        String deadline = LocalDate.now().plusDays(20).toString();
        String text = "请县交通运输局牵头，县财政局配合，汛期前完成站台改造。" + run;
        api.post("leader-county-head", "/api/leadership/reports/" + id + "/instructions", Map.of("text", text,
                "units", List.of(Map.of("unit", "transport", "role", "LEAD", "deadline", deadline),
                        Map.of("unit", "finance", "role", "SUPPORT", "deadline", deadline))));

        browser.open("#/tasks");
        browser.signIn("unit-transport");
        browser.refreshUntilPresent("#task-list [data-report-id='" + id + "']");
        browser.act("#task-list [data-report-id='" + id + "'] a.card-title");
        assertThat(browser.text("#task-basis")).contains("县长 李明", text);
        assertThat(browser.text(".report-text")).contains("公交站台遮雨棚", "城关镇群众反映的情况" + run);
        assertThat(browser.text("#other-units")).contains("县财政局", "协办");
        assertThat(browser.text(".task")).contains("主办", deadline);
        browser.click("#download-sheet");
        Path sheet = awaitDownload();
        assertThat(sheet.getFileName().toString()).startsWith("交办单").endsWith(".docx");
        assertThat(new String(Files.readAllBytes(sheet), 0, 2)).as("a zip: Office Open XML").isEqualTo("PK");

        // another unit of the same report does not read this task
        String task = browser.driver().getCurrentUrl().replaceAll(".*#/tasks/", "");
        assertThat(api.status("unit-finance", "/api/handling/tasks/" + task)).isEqualTo(404);
    }

    @Test
    void aMemberReadsTheirOwnStandingForTheYear() {
        String id = adopt(submit("关于城关镇村级文化广场照明不足的建议 " + run));
        int year = LocalDate.now().getYear();
        await().atMost(STEP).until(() -> api.get("member-m0004", "/api/dashboard/duties/" + year + "/members/m0004")
                .path("reports").toString().contains(id));
        JsonNode standing = api.get("member-m0004", "/api/dashboard/duties/" + year + "/members/m0004");

        browser.open("#/standing");
        browser.signIn("member-m0004");
        browser.waitFor("#standing-report-list");
        assertThat(browser.text("#view-title")).isEqualTo("我的履职");
        assertThat(browser.text("#adopted-count")).isEqualTo(String.valueOf(standing.path("adopted").asInt()));
        assertThat(browser.waitFor("#duty-met").getDomAttribute("data-met")).isEqualTo("true");
        assertThat(browser.text("#duty-met")).contains("已完成年度履职");
        assertThat(browser.present("#standing-report-list [data-report-id='" + id + "']")).isTrue();
        assertThat(api.status("member-m0012", "/api/dashboard/duties/" + year + "/members/m0004")).isEqualTo(404);
    }

    private String submit(String title) {
        Map<String, Object> body = new HashMap<>(Map.of("title", title, "category", "DAILY_LIFE",
                "domain", "transport", "situation", "城关镇群众反映的情况" + run + "，涉及约2000人。",
                "suggestions", "建议有关部门研究解决。", "township", "chengguan", "authors", List.of("m0004"),
                "urgent", true));
        return api.post("member-m0004", "/api/reports", body).path("id").asString();
    }

    private static void claim(String id) {
        await().atMost(STEP).until(() -> api.status("reviewer-economy", "/api/review/reports/" + id) == 200);
        api.post("reviewer-economy", "/api/review/reports/" + id + "/claim", null);
    }

    /** Through the economy committee's queue to ADOPTED, as its reviewer would in the console. */
    private static String adopt(String id) {
        claim(id);
        api.post("reviewer-economy", "/api/review/reports/" + id + "/decision", Map.of("decision", "ADOPT", "grade", "B",
                "comment", "建议具体可行。"));
        return id;
    }

    private static Path awaitDownload() {
        return await().atMost(Duration.ofSeconds(15)).until(() -> {
            try (Stream<Path> files = Files.list(browser.downloads())) {
                return files.filter(f -> f.getFileName().toString().startsWith("交办单") && f.toFile().length() > 0
                        && f.toString().endsWith(".docx")).findFirst().orElse(null);
            }
        }, file -> file != null);
    }
}
