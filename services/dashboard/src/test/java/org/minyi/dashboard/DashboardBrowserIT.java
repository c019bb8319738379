package org.minyi.dashboard;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minyi.events.intake.Category;
import org.minyi.events.status.ReportFlagged;
import org.minyi.events.status.ReportStatus;
import org.minyi.events.status.ReportStatusChanged;
import org.minyi.testing.MinyiIntegrationTest;
import org.minyi.testing.TestTokens;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The live board in a real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}),
 * driven by Selenium against the running dashboard on the test broker and database: sign in, read the
 * summary, the latest changes and the overdue list, see a newly published status change appear without
 * a reload, switch language. The page asks its own origin for {@code POST /oauth2/token}; here a small
 * test-only endpoint answers it with a viewer token (through the gateway, the authorization server does).
 * Skipped, with the reason, where Chromium or its driver is not installed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.mongodb.database=dashboard_browser_it",
        "minyi.kafka.group=dashboard-browser-it",
        "minyi.summary.max-age=0s"})
@MinyiIntegrationTest
@Import(DashboardBrowserIT.TokenEndpoint.class)
class DashboardBrowserIT {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final Duration LIVE = Duration.ofSeconds(5);

    @LocalServerPort
    int port;

    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    private WebDriver browser;
    private Path profile;

    @BeforeAll
    static void needsChromium() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "DashboardBrowserIT needs Chromium and its driver at " + CHROMIUM + " and " + CHROMEDRIVER
                        + " (Debian: apt-get install chromium chromium-driver); skipped here");
    }

    @BeforeEach
    void openBrowser() throws IOException {
        profile = Files.createTempDirectory("minyi-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=1280,2400", "--lang=zh-CN");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(PATIENCE);
    }

    @AfterEach
    void closeBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    @Test
    void aViewerSignsInSeesTheBoardAndANewChangeAppearsWithoutReloading() throws Exception {
        Announcer announcer = new Announcer(kafka);
        Http http = new Http(port);
        String earlier = tracking();
        String overdueReport = UUID.randomUUID().toString();
        String overdueTracking = tracking();
        announcer.announce(change(UUID.randomUUID().toString(), earlier, ReportStatus.SUBMITTED, null, 1),
                ReportStatusChanged.TYPE, "intake");
        announcer.announce(change(overdueReport, overdueTracking, ReportStatus.IN_HANDLING, ReportStatus.INSTRUCTED, 8),
                ReportStatusChanged.TYPE, "follow-up");
        announcer.announce(new ReportFlagged(UUID.randomUUID(), overdueReport, overdueTracking,
                ReportFlagged.Flag.OVERDUE, 8, Instant.now().minus(Duration.ofDays(3)), "chengguan", "economy",
                Category.HARD_PROBLEM, "SYSTEM", "housing", null, null), ReportFlagged.TYPE, "follow-up");
        String slowReport = UUID.randomUUID().toString();
        String slowTracking = tracking();
        announcer.announce(change(slowReport, slowTracking, ReportStatus.ROUTED, ReportStatus.SUBMITTED, 2),
                ReportStatusChanged.TYPE, "routing");
        announcer.announce(new ReportFlagged(UUID.randomUUID(), slowReport, slowTracking,
                ReportFlagged.Flag.REVIEW_OVERDUE, 2, Instant.now().minus(Duration.ofDays(1)), "chengguan", "economy",
                Category.HARD_PROBLEM, "SYSTEM", null, null, null, "system"), ReportFlagged.TYPE, "committee-review");
        await().atMost(PATIENCE).until(() -> http.get("/api/dashboard/recent?limit=50", TestTokens.viewer()).body()
                .contains(overdueTracking) && http.get("/api/dashboard/overdue?size=100", TestTokens.viewer()).body()
                .contains(overdueReport) && http.get("/api/dashboard/review-overdue?size=100", TestTokens.viewer())
                .body().contains(slowReport));

        browser.get("http://127.0.0.1:" + port + "/");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-CN");
        assertThat(text("page-title")).isEqualTo("社情民意实时看板");
        assertThat(browser.findElement(By.id("signin-form")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("board")).isDisplayed()).isFalse();

        browser.findElement(By.id("signin-submit")).click();

        await().atMost(PATIENCE).until(() -> browser.findElement(By.id("board")).isDisplayed());
        await().atMost(PATIENCE).until(() -> number(text("summary-total")) >= 2);
        await().atMost(PATIENCE).until(() -> text("feed").contains(overdueTracking) && text("feed").contains(earlier));
        assertThat(feedNumbers()).as("the latest changes, shown right after sign-in").hasSizeGreaterThanOrEqualTo(2);
        await().atMost(PATIENCE).until(() -> "实时连接中".equals(text("stream-state")));
        await().atMost(PATIENCE).until(() -> !browser.findElements(
                By.cssSelector("#overdue-list tr[data-report='" + overdueReport + "']")).isEmpty());
        assertThat(text("overdue-list")).contains(overdueTracking, "housing");
        await().atMost(PATIENCE).until(() -> !browser.findElements(
                By.cssSelector("#review-overdue-list tr[data-report='" + slowReport + "']")).isEmpty());
        assertThat(text("review-overdue-list")).contains(slowTracking, "经济委员会", "已分办");
        assertThat(browser.findElements(By.cssSelector("#review-overdue-chart svg rect.bar-fill"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#status-chart svg rect.bar-fill"))).isNotEmpty();
        await().atMost(PATIENCE).until(() -> !browser.findElements(By.cssSelector("#stage-chart svg")).isEmpty()
                && !browser.findElements(By.cssSelector("#trend-chart svg polyline")).isEmpty());
        await().atMost(PATIENCE).until(() -> number(text("duty-members")) >= 300);
        assertThat(text("status-IN_HANDLING")).contains("办理中");

        ((JavascriptExecutor) browser).executeScript("window.minyiNotReloaded = true;");
        long total = number(text("summary-total"));
        String fresh = tracking();
        announcer.announce(change(UUID.randomUUID().toString(), fresh, ReportStatus.SUBMITTED, null, 1),
                ReportStatusChanged.TYPE, "intake");

        await().atMost(LIVE).until(() -> text("feed").contains(fresh));
        assertThat(feedNumbers().get(0)).isEqualTo(fresh);
        assertThat(((JavascriptExecutor) browser).executeScript("return window.minyiNotReloaded === true;"))
                .as("the page was not reloaded").isEqualTo(true);
        await().atMost(LIVE).until(() -> number(text("summary-total")) > total);

        browser.findElement(By.id("lang-toggle")).click();

        await().atMost(LIVE).until(() -> "Live status board".equals(text("page-title")));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(text("feed")).contains("Submitted");
        assertThat(text("status-IN_HANDLING")).contains("In handling");
        assertThat(text("overdue-title")).isEqualTo("Overdue handling");
        assertThat(text("review-overdue-title")).isEqualTo("Review overdue");
        assertThat(text("lang-toggle")).isEqualTo("中文");

        browser.findElement(By.id("lang-toggle")).click();
        await().atMost(LIVE).until(() -> "社情民意实时看板".equals(text("page-title")));
    }

    @Test
    void aWrongSecretIsRefusedOnThePage() {
        browser.get("http://127.0.0.1:" + port + "/");
        WebElement secret = browser.findElement(By.id("client-secret"));
        secret.clear();
        secret.sendKeys("wrong");
        browser.findElement(By.id("signin-submit")).click();

        await().atMost(PATIENCE).until(() -> !text("signin-error").isEmpty());
        assertThat(text("signin-error")).isEqualTo("客户端 ID 或密钥不正确。");
        assertThat(browser.findElement(By.id("board")).isDisplayed()).isFalse();
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private List<String> feedNumbers() {
        return browser.findElements(By.cssSelector("#feed .feed-number")).stream().map(WebElement::getText).toList();
    }

    private static long number(String text) {
        String digits = text.replaceAll("[^0-9]", "");
        return digits.isEmpty() ? 0 : Long.parseLong(digits);
    }

    private static String tracking() {
        return String.format("SQ-2026-9%05d", (int) (Math.random() * 100_000));
    }

    private static ReportStatusChanged change(String report, String tracking, ReportStatus status,
                                              ReportStatus previous, long sequence) {
        return new ReportStatusChanged(UUID.randomUUID(), report, tracking, status, previous, sequence, Instant.now(),
                "chengguan", sequence > 1 ? "economy" : null, Category.HARD_PROBLEM, "SYSTEM");
    }

    /**
     * What the gateway routes to the authorization server locally: {@code POST /oauth2/token}, answered
     * here for {@code viewer / demo} with a token the dashboard accepts (signed by the test issuer). It
     * stands outside the dashboard's security chain, as the authorization server does; a chain of its own
     * would replace the chassis's.
     */
    @TestConfiguration(proxyBeanMethods = false)
    static class TokenEndpoint {

        @Bean
        WebSecurityCustomizer tokenEndpointOutsideTheChain() {
            return web -> web.ignoring().requestMatchers("/oauth2/**");
        }

        @Bean
        TokenController tokenController() {
            return new TokenController();
        }
    }

    @RestController
    static class TokenController {

        private static final String VIEWER = "Basic " + Base64.getEncoder()
                .encodeToString("viewer:demo".getBytes(StandardCharsets.UTF_8));

        @PostMapping("/oauth2/token")
        ResponseEntity<Map<String, Object>> token(@RequestHeader(name = "Authorization", required = false) String basic) {
            if (!VIEWER.equals(basic)) {
                return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(Map.of("error", "invalid_client"));
            }
            return ResponseEntity.ok(Map.of("access_token", TestTokens.viewer(), "token_type", "Bearer",
                    "expires_in", 3599));
        }
    }
}
