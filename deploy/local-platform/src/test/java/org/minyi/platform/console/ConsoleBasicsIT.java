package org.minyi.platform.console;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every screen of the console promises, shown on a member's way through it: signing in (a wrong
 * password refused on the authorization server's bilingual page), the rules of practice while writing,
 * the draft kept in the browser, a submission sent once under its Idempotency-Key even when the answer is
 * lost, problems shown in Chinese with each field marked, the language switch remembered, labelled fields
 * and the keyboard, a phone's screen, and signing out.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleBasicsIT extends ConsoleTest {

    private static final String MEMBER = "member-m0004";

    @Test
    @Order(1)
    void aWrongPasswordIsRefusedOnTheBilingualSignInPageAndTheRightOneOpensTheMembersConsole() {
        browser.open("");
        assertThat(browser.script("return document.documentElement.lang")).isEqualTo("zh-CN");
        assertThat(browser.text("#signin-title")).isEqualTo("登录工作台");

        browser.signIn(MEMBER, "guess");

        browser.waitFor("#signin-error");
        assertThat(browser.text("#signin-error")).contains("用户名或密码不正确", "Wrong user name or password");
        assertThat(browser.script("return document.documentElement.lang")).isEqualTo("zh-CN");
        assertThat(browser.text("label[for=username]")).contains("用户名", "User name");
        browser.type("#username", MEMBER);
        browser.type("#password", "demo");
        browser.click("#signin-submit");
        browser.waitFor("#who-name");
        assertThat(browser.text("#who-name")).isEqualTo(MEMBER);
        assertThat(browser.text("#who")).contains("委员");
        assertThat(browser.text("#nav-list")).contains("我的信息", "撰写信息", "通知");
        assertThat(browser.script("return sessionStorage.getItem('minyi.console.session') !== null")).isEqualTo(true);
    }

    @Test
    @Order(2)
    void theRulesOfPracticeAreShownAsTheMemberTypesCountingCharactersAsCodePoints() {
        browser.go("#/write");
        browser.waitFor("#report-form");
        assertThat(browser.text("#authors-list")).as("the member is an author, not removable").contains("m0004");
        assertThat(browser.present("#authors-list [data-remove='m0004']")).isFalse();
        assertThat(state("sector")).as("no sector named by a member: no sector view (特)").isEqualTo("warn");

        browser.type("#report-form [name=title]", "关于几点问题的建议");
        browser.waitUntil(() -> "warn".equals(state("one-issue")));
        assertThat(browser.text("#quality-hints [data-rule=one-issue]")).contains("一事一议");
        browser.type("#report-form [name=title]", "关于城关镇农村客运班线停运的建议");
        browser.waitUntil(() -> "ok".equals(state("one-issue")));

        browser.choose("#report-form [name=sector]", "economy");
        browser.waitUntil(() -> "ok".equals(state("sector")));

        browser.paste("#report-form [name=situation]", "𠀀".repeat(10) + "情况");
        browser.waitUntil(() -> browser.text("#text-count").contains("正文共 12 字"));
        browser.paste("#report-form [name=situation]", "情".repeat(1100));
        browser.waitUntil(() -> "warn".equals(state("length")));
        assertThat(browser.script("return document.getElementById('text-count').dataset.state")).isEqualTo("warn");
        browser.paste("#report-form [name=situation]", "情".repeat(1600));
        browser.waitUntil(() -> "error".equals(state("length")));
        assertThat(browser.text("#quality-hints [data-rule=length]")).contains("1600", "1500");
    }

    @Test
    @Order(3)
    void theDraftIsKeptInTheBrowserAcrossAReload() {
        browser.type("#report-form [name=title]", "关于城关镇农村客运班线停运的建议（草稿）");
        browser.click("#save-draft");
        browser.waitUntil(() -> browser.text("#draft-status").contains("草稿已保存"));
        assertThat(browser.script("return localStorage.getItem('minyi.console.draft.member-m0004')")).asString()
                .contains("（草稿）");

        browser.driver().navigate().refresh();
        browser.waitFor("#report-form");

        assertThat(browser.waitFor("#report-form [name=title]").getDomProperty("value"))
                .isEqualTo("关于城关镇农村客运班线停运的建议（草稿）");
        assertThat(browser.text("#draft-status")).contains("已恢复");
        assertThat(browser.waitFor("#report-form [name=sector]").getDomProperty("value")).isEqualTo("economy");
    }

    @Test
    @Order(4)
    void problemsFromThePlatformAreShownInChineseAndMarkTheirFieldsThenInEnglish() {
        browser.click("#submit-report");

        browser.waitFor("#compose-errors .problem");
        String problem = browser.text("#compose-errors .problem");
        assertThat(problem).contains("请求内容有误").contains("不能为空");
        assertThat(browser.driver().findElements(By.cssSelector("#compose-errors .problem-errors li"))).hasSizeGreaterThanOrEqualTo(2);
        assertThat(browser.waitFor("#report-form [name=category]").getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.waitFor("#report-form [name=domain]").getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.text(".field[data-field=category] .field-error")).contains("不能为空");

        browser.click("#lang-toggle");
        browser.waitUntil(() -> "en".equals(browser.script("return document.documentElement.lang")));
        assertThat(browser.text("#compose-errors .problem")).contains("Invalid request").doesNotContain("不能为空");
        browser.click("#lang-toggle");
        browser.waitUntil(() -> "zh-CN".equals(browser.script("return document.documentElement.lang")));
    }

    @Test
    @Order(5)
    void aSubmissionWhoseAnswerIsLostIsSentAgainUnderTheSameIdempotencyKeyAndCreatesOneReportWhichIsWithdrawn() {
        String title = "关于城关镇老旧小区加装电梯的建议 " + UUID.randomUUID().toString().substring(0, 8);
        browser.type("#report-form [name=title]", title);
        browser.choose("#report-form [name=category]", "HARD_PROBLEM");
        browser.choose("#report-form [name=domain]", "urban");
        browser.paste("#report-form [name=situation]", "城关镇有老旧小区42个，多为六层无电梯住宅，老年住户上下楼困难。");
        browser.paste("#report-form [name=suggestions]", "建议县住建局出台加装电梯补贴办法，简化审批流程。");
        browser.script("window.__keys = []; const fetch0 = window.fetch; let lose = true;"
                + "window.fetch = async (url, init) => { const answer = await fetch0(url, init);"
                + " if (url === '/api/reports' && init && init.method === 'POST') {"
                + "  window.__keys.push(init.headers['Idempotency-Key']);"
                + "  if (lose) { lose = false; throw new TypeError('the answer was lost'); } }"
                + " return answer; };");

        browser.click("#submit-report");
        browser.waitUntil(() -> browser.text("#compose-errors").contains("无法连接平台"));
        browser.click("#submit-report");

        browser.waitFor("#report-tracking");
        @SuppressWarnings("unchecked")
        List<String> keys = (List<String>) browser.script("return window.__keys");
        assertThat(keys).hasSize(2);
        assertThat(keys.get(1)).isEqualTo(keys.get(0));
        assertThat(browser.text("#timeline")).contains("已提交");
        long created = 0;
        for (JsonNode report : api.get("office", "/api/reports?size=100").path("items")) {
            if (report.path("title").asString().equals(title)) {
                created++;
            }
        }
        assertThat(created).as("one report for two sends").isEqualTo(1);
        assertThat(browser.script("return localStorage.getItem('minyi.console.draft.member-m0004')"))
                .as("the draft is gone once submitted").isNull();

        browser.click("#withdraw-report");
        browser.act("#withdraw-confirm");
        assertThat(browser.text("#report-status")).isEqualTo("已撤回");
    }

    @Test
    @Order(6)
    void theLanguageSwitchIsRememberedAndEveryTextHasBothLanguages() {
        browser.go("#/write");
        assertThat(browser.untranslated()).isEmpty();
        browser.click("#lang-toggle");
        browser.waitUntil(() -> "en".equals(browser.script("return document.documentElement.lang")));
        assertThat(browser.text("#nav-list")).contains("My reports", "Write a report");
        assertThat(browser.text("#quality-hints")).contains("Concise");

        browser.driver().navigate().refresh();
        browser.waitFor("#report-form");

        assertThat(browser.script("return document.documentElement.lang")).isEqualTo("en");
        assertThat(browser.text("#view-title")).isEqualTo("Write a report");
        assertThat(browser.untranslated()).isEmpty();
        browser.go("#/reports");
        assertThat(browser.untranslated()).isEmpty();
        browser.click("#lang-toggle");
        browser.waitUntil(() -> "zh-CN".equals(browser.script("return document.documentElement.lang")));
        assertThat(browser.text("#view-title")).isEqualTo("我的信息");
    }

    @Test
    @Order(7)
    void everyFieldIsLabelledAndTheFormIsUsedWithTheKeyboard() {
        browser.go("#/write");
        assertThat(browser.unlabelled()).isEmpty();
        assertThat(browser.script("return document.querySelector('a, button, input, select, textarea').className"))
                .as("the first stop is the skip link").isEqualTo("skip-link");

        browser.waitFor("#report-form [name=title]").click();
        browser.driver().switchTo().activeElement().sendKeys(Keys.TAB);
        assertThat(browser.script("return document.activeElement.name")).isEqualTo("category");
        browser.driver().switchTo().activeElement().sendKeys(Keys.TAB);
        assertThat(browser.script("return document.activeElement.name")).isEqualTo("domain");
        browser.type("#author-input", "m0001");
        browser.pressEnter("#author-input");
        browser.waitFor("#authors-list [data-member='m0001']");
        browser.waitFor("#authors-list [data-remove='m0001']").sendKeys(Keys.ENTER);
        browser.waitUntil(() -> !browser.present("#authors-list [data-member='m0001']"));
        browser.click("#discard-draft");
        browser.waitFor("#report-list");
    }

    @Test
    @Order(8)
    void onAPhonesScreenNothingIsWiderThanTheScreen() {
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        try {
            for (String route : List.of("#/write", "#/notifications", "#/reports")) {
                browser.go(route);
                assertThat(overflow()).as(route).isLessThanOrEqualTo(0L);
            }
            browser.act("#report-list .card a.card-title");
            assertThat(overflow()).as("a report's page").isLessThanOrEqualTo(0L);
            assertThat(browser.script("return getComputedStyle(document.querySelector('#nav-list')).display")).isEqualTo("flex");
        } finally {
            browser.driver().manage().window().setSize(new Dimension(1280, 1000));
        }
    }

    @Test
    @Order(9)
    void signingOutEndsTheSessionSoTheNextPersonMustSignIn() {
        browser.signOut();
        assertThat(browser.script("return sessionStorage.getItem('minyi.console.session')")).isNull();
        browser.click("#signin-button");
        browser.waitFor("#username");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/login");
        browser.open("");
    }

    private static String state(String rule) {
        return String.valueOf(browser.script("const n = document.querySelector('#quality-hints [data-rule=\"' + arguments[0]"
                + " + '\"]'); return n ? n.dataset.state : null;", rule));
    }

    private static long overflow() {
        return (Long) browser.script("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
    }

}
