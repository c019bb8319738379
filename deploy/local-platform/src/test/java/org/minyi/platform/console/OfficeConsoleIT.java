package org.minyi.platform.console;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The CPPCC office at work in the console: the triage queue and re-routing, the routing rules and the
 * assigned topics (recorded, rewritten and closed early), a 《社情民意》 issue composed, previewed, issued and downloaded as a Word document, an
 * upstream adoption, a transfer (转送) straight to a department, a leader's instruction released to the
 * authors, the overdue list and urging, and the year's targets and points table. Reports reach the
 * state each step needs through the API beforehand.
 */
class OfficeConsoleIT extends ConsoleTest {

    @Test
    void theOfficeTriagesKeepsRulesAndTopicsPublishesRecordsUpstreamAdoptionsUrgesAndSetsTheYearsTargets() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        String triaged = submit("关于城关镇农贸市场占道经营的建议 " + run, Map.of("topicId", "unknown-topic-" + run));
        String adopted = adopt(submit("关于城关镇学校周边交通安全的建议 " + run, Map.of()));
        String handled = adopt(submit("关于城关镇夜间公交延时运营的建议 " + run, Map.of()));
        api.post("office", "/api/review/reports/" + handled + "/send-to-leaders", null);
        await().atMost(STEP).until(() -> api.status("leader-county-head", "/api/leadership/reports/" + handled) == 200);
        String deadline = LocalDate.now().plusDays(20).toString();
        api.post("leader-county-head", "/api/leadership/reports/" + handled + "/instructions", Map.of("level", "COUNTY",
                "text", "请县交通运输局研究。", "units", List.of(Map.of("unit", "transport", "role", "LEAD", "deadline", deadline))));
        await().atMost(STEP).until(() -> api.status("office", "/api/handling/reports/" + handled) == 200);

        // triage: a report naming an unknown topic waits with the office, which re-routes it
        browser.open("#/triage");
        browser.signIn("office");
        browser.refreshUntilPresent("#queue [data-report-id='" + triaged + "']");
        browser.act("#queue [data-report-id='" + triaged + "'] a.card-title");
        browser.choose("#reroute-committee", "economy");
        browser.type("#reroute-reason", "属于经济委员会职能");
        browser.act("#reroute-form-submit");
        await().atMost(STEP).untilAsserted(() -> assertThat(api.get("office", "/api/routing/reports/" + triaged)
                .path("committee").asString()).isEqualTo("economy"));

        // routing rules: a new rule first in the list, saved as the next version
        long version = api.get("office", "/api/routing/rules").path("version").asLong();
        browser.go("#/rules");
        browser.click("#add-rule");
        browser.type("#rules [name='rules[0].id']", "console-" + run);
        browser.choose("#rules [name='rules[0].committee']", "social-legal");
        browser.type("#rules [name='rules[0].keywords']", "电信诈骗" + run);
        browser.act("#save-rules");
        assertThat(browser.text("#rules-version")).contains("第 " + (version + 1) + " 版");
        JsonNode rules = api.get("office", "/api/routing/rules");
        assertThat(rules.path("version").asLong()).isEqualTo(version + 1);
        assertThat(rules.path("rules").get(0).path("id").asString()).isEqualTo("console-" + run);
        assertThat(rules.path("rules").get(0).path("keywords").get(0).asString()).isEqualTo("电信诈骗" + run);

        // topics: a quarter's topic for two committees
        browser.go("#/topics");
        browser.type("#topic-form [name=code]", "t-" + run);
        browser.type("#topic-form [name=title]", "农村客运与群众出行");
        browser.choose("#topic-form [name=lead]", "economy");
        browser.act("#topic-form-submit");
        assertThat(browser.text("#topics-table [data-topic='t-" + run + "']")).contains("农村客运与群众出行", "经济委员会");
        // the topic's own page: coverage by committee and station; rewritten while open, then closed early
        browser.act("#topics-table [data-topic='t-" + run + "'] a");
        assertThat(browser.text("#topic-state")).isEqualTo("征集中");
        browser.type("#topic-edit-form [name=title]", "农村客运班线与群众出行");
        browser.act("#topic-edit-form-submit");
        assertThat(browser.text("#topic-title")).isEqualTo("农村客运班线与群众出行");
        assertThat(api.get("office", "/api/topics/t-" + run).path("updatedBy").asString()).isNotBlank();
        browser.act("#topic-close-form-submit");
        assertThat(browser.text("#topic-state")).contains("已于").contains("关闭");
        assertThat(browser.present("#topic-edit-form")).isFalse();
        assertThat(api.get("office", "/api/topics/t-" + run).path("open").asBoolean()).isFalse();

        // a 《社情民意》 issue: composed, previewed as printed, issued, downloaded
        browser.go("#/publications");
        browser.click("#pub-pick-" + adopted);
        browser.type("#publication-form [name=headline]", "本期关注：校园周边交通安全");
        browser.act("#publication-form-submit");
        assertThat(browser.text("#publication-status")).isEqualTo("草稿");
        browser.click("#preview-publication");
        browser.waitFor("#preview-frame");
        assertThat(browser.waitFor("#preview-frame").getDomAttribute("srcdoc")).contains("关于城关镇学校周边交通安全的建议");
        assertThat(browser.waitFor("#preview-frame").getDomAttribute("sandbox")).as("no scripts, no origin").isEmpty();
        browser.driver().switchTo().frame(browser.waitFor("#preview-frame"));
        assertThat(browser.driver().findElement(By.tagName("body")).getText())
                .contains("社情民意", "关于城关镇学校周边交通安全的建议");
        browser.driver().switchTo().defaultContent();
        browser.act("#issue-form-submit");
        assertThat(browser.text("#publication-status")).isEqualTo("已签发");
        assertThat(browser.text("#view-title")).contains("社情民意").contains("期");
        browser.click("#download-docx");
        Path docx = awaitDownload();
        assertThat(docx.getFileName().toString()).endsWith(".docx");
        byte[] bytes = Files.readAllBytes(docx);
        assertThat(new String(bytes, 0, 2)).as("a zip: Office Open XML").isEqualTo("PK");

        // an upstream adoption, recorded on the report's page
        browser.go("#/review/" + adopted);
        browser.click("#upstream summary");
        browser.choose("#upstream-form [name=level]", "CITY");
        browser.act("#upstream-form-submit");
        assertThat(browser.text("#upstream-list")).contains("市级", "单篇采用");

        // 转送: the published report goes straight to the department, without the leaders
        browser.click("#transfer summary");
        browser.choose("#transfer-unit-rows .unit-row:nth-of-type(1) select[name=unit]", "education");
        browser.type("#transfer-form [name=note]", "请县教育局会同交警部门研究办理。");
        browser.act("#transfer-form-submit");
        assertThat(browser.text("#review-status")).isEqualTo("已转办");
        await().atMost(STEP).untilAsserted(() -> assertThat(api.get("office", "/api/handling/reports/" + adopted)
                .path("tasks").get(0).path("unit").asString()).isEqualTo("education"));

        // the county head's instruction released to the authors
        browser.go("#/inbox/" + handled);
        String instruction = api.get("office", "/api/leadership/reports/" + handled).path("instructions").get(0)
                .path("instructionId").asString();
        browser.act("#release-" + instruction);
        assertThat(browser.text("#instructions")).contains("已向作者公开");
        await().atMost(STEP).untilAsserted(() -> assertThat(api.get("office", "/api/reports/" + handled)
                .path("outcome").path("instructions").get(0).path("text").asString()).isEqualTo("请县交通运输局研究。"));

        // the overdue list, and urging a unit of a report in handling
        browser.go("#/overdue");
        assertThat(browser.present("#overdue-list")).isTrue();
        browser.go("#/handling");
        browser.choose("#handling-status", "IN_HANDLING");
        browser.waitUntil(() -> browser.present("#handling-list [data-report-id='" + handled + "']"));
        browser.act("#handling-list [data-report-id='" + handled + "'] a.card-title");
        browser.choose("#urge-form [name=unit]", "transport");
        browser.type("#urge-form [name=comment]", "请加快办理");
        browser.act("#urge-form-submit");
        assertThat(api.get("office", "/api/handling/reports/" + handled).path("tasks").get(0).path("urgedTimes").asInt())
                .isEqualTo(1);

        // the year's targets and points table
        int year = Year.now().getValue();
        browser.go("#/targets");
        browser.type("#targets-form [name='stations.chengguan']", "6");
        browser.act("#targets-form-submit");
        assertThat(api.get("office", "/api/dashboard/targets/" + year).path("stations").path("chengguan").asInt()).isEqualTo(6);
        assertThat(browser.text("#duties-stations")).contains("城关镇");
        browser.type("#points-table-form [name=countyAdoption]", "2.5");
        browser.act("#points-table-form-submit");
        assertThat(api.get("office", "/api/dashboard/points-table/" + year).path("countyAdoption").asDouble()).isEqualTo(2.5);
        assertThat(browser.untranslated()).isEmpty();
        assertThat(browser.unlabelled()).isEmpty();
        browser.signOut();
    }

    private static String submit(String title, Map<String, Object> extra) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("title", title, "category", "DAILY_LIFE",
                "domain", "transport", "situation", "城关镇群众反映的情况，涉及约2000人。",
                "suggestions", "建议有关部门研究解决。", "township", "chengguan", "authors", List.of(), "urgent", true));
        body.putAll(extra);
        return api.post("station-chengguan", "/api/reports", body).path("id").asString();
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
                return files.filter(f -> f.toString().endsWith(".docx") && f.toFile().length() > 0).findFirst().orElse(null);
            }
        }, file -> file != null);
    }
}
