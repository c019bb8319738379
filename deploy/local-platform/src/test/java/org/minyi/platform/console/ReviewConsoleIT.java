package org.minyi.platform.console;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A committee's reviewer at work in the console: the queue with its flags, a possible duplicate read side by
 * side with the report it resembles, declining with a reason from the office's list, returning a report
 * that its station then revises in the console, and merging two reports into one composite. The reports are
 * submitted through the API beforehand, as stations' own software would, and urgent: the newest urgent reports
 * head the queue, whatever else other tests left in it.
 */
class ReviewConsoleIT extends ConsoleTest {

    private static final String REVIEWER = "reviewer-economy";
    private static final String SITUATION = "今年以来，%s有3条农村客运班线因客流不足停运，沿线6个行政村群众出行困难，学生上学、老人就医尤为不便。"
            + "班线运营企业反映，现行补贴按里程核定，标准多年未调整，油价和人工上涨后连年亏损。";


    @Test
    void aReviewerComparesDuplicatesDeclinesWithAListedReasonReturnsAReportForRevisionAndMergesTwo() {
        String run = UUID.randomUUID().toString().substring(0, 6);
        String original = submit("station-chengguan", "chengguan", "关于城关镇农村客运班线停运的建议 " + run,
                String.format(SITUATION, "城关镇"), "建议县交通运输局调整补贴标准，推行预约响应式公交。");
        waitInQueue(original);
        String duplicate = submit("station-hekou", "hekou", "关于河口镇农村客运班线停运问题的建议 " + run,
                String.format(SITUATION, "河口镇"), "建议县交通运输局调整补贴标准，推行预约响应式公交服务。");
        String toReturn = submit("station-chengguan", "chengguan", "关于城关镇公交站台缺少遮雨棚的建议 " + run,
                "城关镇主干道12个公交站台没有遮雨棚，雨天候车群众淋雨。", "建议增设遮雨棚。");
        String first = submit("station-xinji", "xinji", "关于新集镇客运站候车室设施老化的建议 " + run,
                "新集镇客运站候车室座椅损坏，照明不足。", "建议更新候车设施。");
        String second = submit("station-xinji", "xinji", "关于新集镇客运站候车环境差的建议 " + run,
                "新集镇客运站候车室冬季无取暖，夏季无降温。", "建议改善候车环境。");
        for (String id : List.of(duplicate, toReturn, first, second)) {
            waitInQueue(id);
        }

        // the queue: flags on each line; the duplicate names the report it resembles
        browser.open("#/review");
        browser.signIn(REVIEWER);
        String line = "#queue [data-report-id='" + duplicate + "']";
        browser.waitFor(line);
        assertThat(browser.text(line + " .flags")).contains("疑似重复");
        assertThat(browser.text(line + " .duplicates-line")).contains(tracking(original));

        // side by side: the report and the one it resembles, with the similarity
        browser.act(line + " a.card-title");
        browser.waitFor("#compare .duplicate[data-report-id='" + original + "']");
        assertThat(browser.text("#compare .compare-main")).contains("河口镇有3条农村客运班线");
        assertThat(browser.text("#compare .duplicate[data-report-id='" + original + "']")).contains("城关镇有3条农村客运班线", "相似度");
        assertThat(browser.script("return getComputedStyle(document.getElementById('compare')).gridTemplateColumns.split(' ').length"))
                .as("two columns on a wide screen").isEqualTo(2L);

        // decline it as a duplicate: the reasons are the office's list
        browser.act("#claim-report");
        browser.click("#decision-DECLINE");
        Select reasons = new Select(browser.waitFor("#decision-form [name=reason]"));
        List<String> listed = new ArrayList<>();
        for (WebElement option : reasons.getOptions()) {
            if (!option.getDomProperty("value").isEmpty()) {
                listed.add(option.getDomProperty("value"));
            }
        }
        List<String> active = new ArrayList<>();
        for (JsonNode reason : api.get(REVIEWER, "/api/review/decline-reasons").path("reasons")) {
            if (reason.path("active").asBoolean()) {
                active.add(reason.path("code").asString());
            }
        }
        assertThat(listed).isEqualTo(active);
        browser.click("#decision-form-submit");
        browser.waitFor("#decision-form .problem");
        assertThat(browser.text("#decision-form .problem")).as("no reason chosen: the service's own words").containsPattern("[\\u4e00-\\u9fa5]");
        reasons.selectByValue("DUPLICATE");
        browser.type("#decision-form [name=comment]", "与城关镇站反映的问题重复");
        browser.act("#decision-form-submit");
        assertThat(browser.text("#review-status")).isEqualTo("不予采用");
        assertThat(browser.text("#decision")).contains("与已有信息内容重复");

        // return one for revision
        browser.go("#/review");
        browser.act("#queue [data-report-id='" + toReturn + "'] a.card-title");
        browser.act("#claim-report");
        browser.click("#decision-RETURN");
        browser.type("#decision-form [name=comment]", "请补充站台位置和候车人数");
        browser.act("#decision-form-submit");
        assertThat(browser.text("#review-status")).isEqualTo("退回修改");

        // merge two reports on one issue into a composite, adopted
        browser.go("#/review");
        browser.click("#pick-" + first);
        browser.click("#pick-" + second);
        browser.waitFor("#merge-form");
        browser.type("#merge-form [name=title]", "关于改善新集镇客运站候车条件的建议 " + run);
        browser.choose("#merge-form [name=grade]", "A");
        browser.act("#merge-form-submit");
        assertThat(browser.present("#queue [data-report-id='" + first + "']")).isFalse();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                api.get("office", "/api/review/reports/" + first).path("status").asString()).isEqualTo("MERGED"));
        JsonNode composite = api.get("office", "/api/review/reports/" + api.get("office", "/api/review/reports/" + first)
                .path("mergedInto").asString());
        assertThat(composite.path("status").asString()).isEqualTo("ADOPTED");
        assertThat(composite.path("trackingNumber").asString()).startsWith("ZH-");
        browser.signOut();

        // the station revises the returned report in the console and submits it again
        browser.signIn("station-chengguan");
        browser.go("#/reports/" + toReturn);
        browser.refreshUntilPresent("#revise-report");
        browser.act("#revise-report");
        assertThat(browser.waitFor("#report-form [name=title]").getDomProperty("value")).startsWith("关于城关镇公交站台缺少遮雨棚的建议");
        browser.paste("#report-form [name=situation]", "城关镇主干道12个公交站台（人民路6个、解放路6个）没有遮雨棚，早高峰每站候车约40人，雨天淋雨。");
        browser.click("#submit-report");
        browser.waitUntil(() -> browser.driver().getCurrentUrl().endsWith("#/reports/" + toReturn)
                && browser.present("#report-status"));
        assertThat(browser.text("#report-status")).isEqualTo("已提交");
        assertThat(browser.text(".status-line")).contains("第 2 稿");
        assertThat(browser.untranslated()).isEmpty();
        browser.signOut();
    }

    private static String submit(String station, String township, String title, String situation, String suggestions) {
        return api.post(station, "/api/reports", Map.of("title", title, "category", "DAILY_LIFE", "domain", "transport",
                "situation", situation, "suggestions", suggestions, "township", township, "authors", List.of(),
                "urgent", true)).path("id").asString();
    }

    private static String tracking(String id) {
        return api.get("office", "/api/reports/" + id).path("trackingNumber").asString();
    }

    private static void waitInQueue(String id) {
        await().atMost(Duration.ofSeconds(30)).until(() -> api.status(REVIEWER, "/api/review/reports/" + id) == 200);
    }

}
