package org.minyi.platform.console;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One report's whole life, every step taken in the console by the person whose step it is: a township
 * station writes and submits it; the committee's reviewer claims and adopts it; the office sends it to the
 * leaders; the county head instructs a lead and a supporting unit; each unit notes progress and feeds back; the
 * station rates the outcome; the office closes it. Each person signs in through the authorization server's
 * page (authorization code with PKCE) and signs out again.
 */
class ReportJourneyConsoleIT extends ConsoleTest {

    private static final Logger log = LoggerFactory.getLogger(ReportJourneyConsoleIT.class);

    @Test
    void aReportGoesFromTheStationsFormToTheUnitsFeedbackAndIsClosed() {
        long started = System.nanoTime();

        // 1. 城关镇联络站 writes and submits; the rules of practice are shown as it types
        browser.open("#/write");
        browser.signIn("station-chengguan");
        browser.waitFor("#report-form");
        browser.type("#report-form [name=title]", "关于城关镇农村客运班线停运影响群众出行的建议");
        browser.choose("#report-form [name=category]", "DAILY_LIFE");
        browser.choose("#report-form [name=domain]", "transport");
        browser.paste("#report-form [name=situation]",
                "今年以来，城关镇有3条农村客运班线因客流不足停运，沿线6个行政村群众出行困难，学生上学、老人就医尤为不便。");
        browser.paste("#report-form [name=suggestions]", "建议县交通运输局优化补贴机制，推行预约响应式公交，保障群众基本出行。");
        browser.choose("#report-form [name=source]", "INSPECTION");
        browser.click("#report-urgent");
        browser.waitUntil(() -> browser.text("#quality-hints [data-rule=length]").contains("正文"));
        assertThat(browser.text("#text-count")).contains("正文共");
        browser.click("#submit-report");
        browser.waitFor("#report-tracking");
        String id = browser.driver().getCurrentUrl().replaceAll(".*#/reports/", "");
        String tracking = browser.text("#report-tracking");
        assertThat(tracking).matches("SQ-\\d{4}-\\d{6}");
        assertThat(browser.text("#timeline")).contains("已提交");
        assertThat(browser.text(".report-text")).contains("信息来源").contains("视察");
        browser.signOut();

        // 2. the economy committee's reviewer finds it in the queue (urgent, so at the top), claims it and adopts it
        browser.signIn("reviewer-economy");
        browser.refreshUntilPresent("#queue [data-report-id='" + id + "']");
        browser.act("#queue [data-report-id='" + id + "'] a.card-title");
        browser.act("#claim-report");
        browser.waitFor("#decision-form");
        browser.click("#decision-ADOPT");
        browser.choose("#decision-form [name=grade]", "A");
        browser.type("#decision-form [name=comment]", "反映问题具体，建议可行");
        browser.act("#decision-form-submit");
        assertThat(browser.text("#review-status")).isEqualTo("已采用");
        browser.signOut();

        // 3. the office sends it to the leaders
        browser.signIn("office");
        browser.go("#/adopted");
        browser.refreshUntilPresent("#adopted-list [data-report-id='" + id + "']");
        browser.act("#adopted-list [data-report-id='" + id + "'] a.card-title");
        browser.act("#send-form-submit");
        assertThat(browser.text("#review-status")).isEqualTo("已报送领导");
        browser.signOut();

        // 4. the county head instructs: 县交通运输局 leads, 县财政局 supports, each with a deadline
        browser.signIn("leader-county-head");
        browser.refreshUntilPresent("#inbox-list [data-report-id='" + id + "']");
        browser.act("#inbox-list [data-report-id='" + id + "'] a.card-title");
        browser.waitFor("#instruction-form");
        browser.type("#instruction-form [name=text]", "请县交通运输局牵头研究，县财政局配合，一个月内拿出方案。");
        browser.choose("#unit-rows .unit-row:nth-of-type(1) select[name=unit]", "transport");
        browser.click("#add-unit");
        browser.choose("#unit-rows .unit-row:nth-of-type(2) select[name=unit]", "finance");
        browser.choose("#unit-rows .unit-row:nth-of-type(2) select[name=role]", "SUPPORT");
        browser.act("#instruction-form-submit");
        assertThat(browser.text("#inbox-status-text")).isEqualTo("已批示");
        assertThat(browser.text("#instructions")).contains("县长 李明", "县交通运输局", "县财政局");
        browser.signOut();

        // 5. each unit finds its task, notes progress and feeds back
        for (String unit : List.of("transport", "finance")) {
            browser.signIn("unit-" + unit);
            browser.refreshUntilPresent("#task-list [data-report-id='" + id + "']");
            browser.act("#task-list [data-report-id='" + id + "'] a.card-title");
            assertThat(browser.text("#task-basis")).contains("县长 李明", "请县交通运输局牵头研究");
            browser.waitFor(".progress-form textarea");
            browser.type(".progress-form textarea", "已召开专题会议研究方案。");
            browser.act(".progress-form button[type=submit]");
            assertThat(browser.text(".task .notes")).contains("已召开专题会议研究方案。");
            browser.click(".feedback-form input[value=A]");
            browser.type(".feedback-form textarea", "已制定预约响应式公交方案并落实运营补贴。");
            browser.act(".feedback-form button[type=submit]");
            assertThat(browser.text(".task .feedback")).contains("已制定预约响应式公交方案");
            browser.signOut();
        }

        // 6. the station sees the handling and rates it
        browser.signIn("station-chengguan");
        browser.go("#/reports/" + id);
        browser.refreshUntilPresent("#rating-form");
        assertThat(browser.text("#handling-tasks")).contains("县交通运输局", "县财政局", "已反馈");
        browser.click("#rating-SATISFIED");
        browser.type("#rating-form [name=comment]", "办理及时，群众满意");
        browser.act("#rating-form-submit");
        assertThat(browser.text("#ratings")).contains("满意");
        browser.signOut();

        // 7. the office closes it; the station's timeline shows the whole life
        browser.signIn("office");
        browser.go("#/handling");
        browser.refreshUntilPresent("#handling-list [data-report-id='" + id + "']");
        browser.act("#handling-list [data-report-id='" + id + "'] a.card-title");
        browser.act("#close-report");
        assertThat(browser.text("#handling-status-text")).isEqualTo("已办结");
        browser.signOut();

        browser.signIn("station-chengguan");
        browser.go("#/reports/" + id);
        browser.refreshUntil(() -> browser.text("#report-status").equals("已办结"));
        assertThat(browser.text("#timeline")).contains("已提交", "已分办", "审核中", "已采用", "已报送领导", "已批示",
                "办理中", "已办理", "已办结");
        assertThat(api.get("office", "/api/reports/" + id + "/timeline").path("status").asString()).isEqualTo("CLOSED");
        assertThat(browser.untranslated()).isEmpty();
        browser.signOut();
        log.info("The report's journey through the console took {} ms", Duration.ofNanos(System.nanoTime() - started).toMillis());
    }
}
