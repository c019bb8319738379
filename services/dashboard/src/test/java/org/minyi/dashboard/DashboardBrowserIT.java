package org.minyi.dashboard;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minyi.events.followup.ReportHandled;
import org.minyi.events.intake.Category;
import org.minyi.events.leadership.AssignedUnit;
import org.minyi.events.leadership.InstructionIssued;
import org.minyi.events.leadership.ReportContext;
import org.minyi.events.status.ReportFlagged;
import org.minyi.events.status.ReportStatus;
import org.minyi.events.status.ReportStatusChanged;
import org.minyi.testing.MinyiIntegrationTest;
import org.minyi.testing.TestTokens;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
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
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The live board in a real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}),
 * driven by Selenium against the running dashboard on the test broker and database: sign in with the
 * authorization code and PKCE, read the summary, the latest changes and the overdue list, see a newly
 * published status change appear without a reload, switch language, sign out. The page signs in with the
 * console's own module ({@code /console/js/auth.js} and {@code callback.html}, served here from the
 * web-console sources as the gateway serves them on the same origin); a small stand-in for the
 * authorization server answers on this origin, checks the PKCE verifier against the challenge and
 * records what the page sent (through the gateway, the real server is tested in deploy/local-platform's
 * {@code DashboardSignInIT}). Skipped, with the reason, where Chromium or its driver is not installed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.mongodb.database=dashboard_browser_it",
        "minyi.kafka.group=dashboard-browser-it",
        "minyi.summary.max-age=0s",
        "spring.web.resources.static-locations=classpath:/static/,"
                + "file:../../web-console/src/main/resources/META-INF/resources/"})
@MinyiIntegrationTest
@Import(DashboardBrowserIT.SignInEndpoints.class)
class DashboardBrowserIT {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final Duration LIVE = Duration.ofSeconds(5);

    @LocalServerPort
    int port;

    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    @Autowired
    AuthorizationServerStandIn authorizationServer;

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
        authorizationServer.reset(TestTokens.viewer());
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
    void aViewerSignsInWithPkceSeesTheBoardAndANewChangeAppearsWithoutReloadingThenSignsOut() throws Exception {
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

        browser.get(board());
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-CN");
        assertThat(text("page-title")).isEqualTo("社情民意实时看板");
        assertThat(browser.findElements(By.cssSelector("input, form"))).as("no field for a name or a secret").isEmpty();
        assertThat(browser.findElement(By.id("board")).isDisplayed()).isFalse();
        await().ignoreExceptionsInstanceOf(WebDriverException.class).atMost(PATIENCE).until(() -> browser.findElement(By.id("signin-submit")).isEnabled());

        browser.findElement(By.id("signin-submit")).click();

        await().ignoreExceptionsInstanceOf(WebDriverException.class).atMost(PATIENCE).until(() -> browser.findElement(By.id("board")).isDisplayed());
        assertThat(browser.getCurrentUrl()).as("back on the board from the callback").isEqualTo(board());
        assertThat(authorizationServer.exchanges()).as("one code exchanged, with its verifier, and no secret")
                .containsExactly("authorization_code minyi-console verifier-matches no-secret");
        assertThat(((JavascriptExecutor) browser).executeScript(
                "return sessionStorage.getItem('minyi.console.session') !== null")).as("the console's sign-in").isEqualTo(true);
        await().ignoreExceptionsInstanceOf(WebDriverException.class).atMost(PATIENCE).until(() -> number(text("summary-total")) >= 2);
        await().ignoreExceptionsInstanceOf(WebDriverException.class).atMost(PATIENCE).until(() -> text("feed").contains(overdueTracking) && text("feed").contains(earlier));
        assertThat(feedNumbers()).as("the latest changes, shown right after sign-in").hasSizeGreaterThanOrEqualTo(2);
        await().ignoreExceptionsInstanceOf(WebDriverException.class).atMost(PATIENCE).until(() -> "实时连接中".equals(text("stream-state")));
        await().ignoreExceptionsInstanceOf(WebDriverException.class).atMost(PATIENCE).until(() -> !browser.findElements(
                By.cssSelector("#overdue-list tr[data-report='" + overdueReport + "']")).isEmpty());
        assertThat(text("overdue-list")).contains(overdueTracking, "housing");
        await().ignoreExceptionsInstanceOf(WebDriverException.class).atMost(PATIENCE).until(() -> !browser.findElements(
                By.cssSelector("#review-overdue-list tr[data-report='" + slowReport + "']")).isEmpty());
        assertThat(text("review-overdue-list")).contains(slowTracking, "经济委员会", "已分办");
        assertThat(browser.findElements(By.cssSelector("#review-overdue-chart svg rect.bar-fill"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#status-chart svg rect.bar-fill"))).isNotEmpty();
        await().ignoreExceptionsInstanceOf(WebDriverException.class).atMost(PATIENCE).until(() -> !browser.findElements(By.cssSelector("#stage-chart svg")).isEmpty()
                && !browser.findElements(By.cssSelector("#trend-chart svg polyline")).isEmpty());
        await().ignoreExceptionsInstanceOf(WebDriverException.class).atMost(PATIENCE).until(() -> number(text("duty-members")) >= 300);
        assertThat(text("status-IN_HANDLING")).contains("办理中");

        ((JavascriptExecutor) browser).executeScript("window.minyiNotReloaded = true;");
        long total = number(text("summary-total"));
        String fresh = tracking();
        announcer.announce(change(UUID.randomUUID().toString(), fresh, ReportStatus.SUBMITTED, null, 1),
                ReportStatusChanged.TYPE, "intake");

        await().ignoreExceptionsInstanceOf(WebDriverException.class).atMost(LIVE).until(() -> text("feed").contains(fresh));
        assertThat(feedNumbers().get(0)).isEqualTo(fresh);
        assertThat(((JavascriptExecutor) browser).executeScript("return window.minyiNotReloaded === true;"))
                .as("the page was not reloaded").isEqualTo(true);
        await().ignoreExceptionsInstanceOf(WebDriverException.class).atMost(LIVE).until(() -> number(text("summary-total")) > total);

        browser.findElement(By.id("lang-toggle")).click();

        await().ignoreExceptionsInstanceOf(WebDriverException.class).atMost(LIVE).until(() -> "Live status board".equals(text("page-title")));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(text("feed")).contains("Submitted");
        assertThat(text("status-IN_HANDLING")).contains("In handling");
        assertThat(text("overdue-title")).isEqualTo("Overdue handling");
        assertThat(text("review-overdue-title")).isEqualTo("Review overdue");
        assertThat(text("lang-toggle")).isEqualTo("中文");

        browser.findElement(By.id("lang-toggle")).click();
        await().ignoreExceptionsInstanceOf(WebDriverException.class).atMost(LIVE).until(() -> "社情民意实时看板".equals(text("page-title")));

        browser.findElement(By.id("signout")).click();

        await().ignoreExceptionsInstanceOf(WebDriverException.class).atMost(PATIENCE).until(() -> browser.findElement(By.id("signin-submit")).isDisplayed());
        assertThat(authorizationServer.signOuts()).as("the session ended at the server, back to the board")
                .containsExactly(board());
        assertThat(browser.findElement(By.id("board")).isDisplayed()).isFalse();
        assertThat(((JavascriptExecutor) browser).executeScript("return sessionStorage.getItem('minyi.console.session')"))
                .as("the shared token is gone").isNull();
    }

    @Test
    void someoneWhoseRoleMayNotReadTheBoardIsToldSoAndMaySignOut() {
        authorizationServer.reset(TestTokens.member("m0004"));
        browser.get(board());
        await().ignoreExceptionsInstanceOf(WebDriverException.class).atMost(PATIENCE).until(() -> browser.findElement(By.id("signin-submit")).isEnabled());

        browser.findElement(By.id("signin-submit")).click();

        await().ignoreExceptionsInstanceOf(WebDriverException.class).atMost(PATIENCE).until(() -> !text("signin-error").isEmpty());
        assertThat(text("signin-error")).contains("该账号无权查看看板");
        assertThat(browser.findElement(By.id("board")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.id("signin-submit")).isDisplayed()).as("signing in again would not help")
                .isFalse();
        assertThat(((JavascriptExecutor) browser).executeScript(
                "return sessionStorage.getItem('minyi.console.session') !== null")).as("still signed in to the console")
                .isEqualTo(true);

        browser.findElement(By.id("signout")).click();

        await().ignoreExceptionsInstanceOf(WebDriverException.class).atMost(PATIENCE).until(() -> browser.findElement(By.id("signin-submit")).isDisplayed());
        assertThat(authorizationServer.signOuts()).containsExactly(board());
        assertThat(text("signin-error")).isEmpty();
    }

    @Test
    void theYearReviewChartsEachHandlingUnitsTasksOnTimeAndOverdue() throws Exception {
        Announcer announcer = new Announcer(kafka);
        Http http = new Http(port);
        // the year the page opens on is the browser's, on this machine
        int year = Year.now().getValue();
        String report = UUID.randomUUID().toString();
        String tracking = tracking();
        announcer.announce(new InstructionIssued(UUID.randomUUID(), report, 6, noonOn(year, 6, 1), "i-1", "county-head",
                InstructionIssued.Level.COUNTY, "请交通局牵头办理。", List.of(
                        new AssignedUnit("transport", AssignedUnit.Role.LEAD, LocalDate.of(year, 6, 20)),
                        new AssignedUnit("finance", AssignedUnit.Role.SUPPORT, LocalDate.of(year, 6, 20))),
                new ReportContext(tracking, "测试信息", Category.HARD_PROBLEM, "chengguan", "economy", List.of("m0001"),
                        false)), InstructionIssued.TYPE, "leadership-instruction");
        announcer.announce(new ReportFlagged(UUID.randomUUID(), report, tracking, ReportFlagged.Flag.OVERDUE, 7,
                noonOn(year, 6, 21), "chengguan", "economy", Category.HARD_PROBLEM, "SYSTEM", "transport", null, null,
                "system"), ReportFlagged.TYPE, "follow-up");
        announcer.announce(new ReportHandled(UUID.randomUUID(), report, 8, noonOn(year, 6, 25), tracking, List.of(
                new ReportHandled.UnitFeedback("transport", AssignedUnit.Role.LEAD, ReportHandled.Result.A,
                        noonOn(year, 6, 25)),
                new ReportHandled.UnitFeedback("finance", AssignedUnit.Role.SUPPORT, ReportHandled.Result.B,
                        noonOn(year, 6, 15)))), ReportHandled.TYPE, "follow-up");
        await().ignoreExceptionsInstanceOf(WebDriverException.class).atMost(PATIENCE).until(() -> {
            String units = http.get("/api/dashboard/units/" + year, TestTokens.viewer()).body();
            return units.contains("\"code\":\"transport\"") && handlingFigure(http, year, "transport", "overdue") > 0
                    && handlingFigure(http, year, "finance", "onTime") > 0;
        });

        browser.get(board());
        await().ignoreExceptionsInstanceOf(WebDriverException.class).atMost(PATIENCE).until(() -> browser.findElement(By.id("signin-submit")).isEnabled());
        browser.findElement(By.id("signin-submit")).click();
        await().ignoreExceptionsInstanceOf(WebDriverException.class).atMost(PATIENCE).until(() -> browser.findElement(By.id("board")).isDisplayed());
        await().ignoreExceptionsInstanceOf(WebDriverException.class).atMost(PATIENCE).until(() -> !browser.findElements(By.cssSelector(
                "#handling-chart svg g.bar-group[data-code='transport']")).isEmpty());

        assertThat(text("handling-title")).isEqualTo("承办单位办理情况");
        for (String unit : List.of("transport", "finance")) {
            for (String series : List.of("tasks", "on-time", "overdue")) {
                String figure = series.equals("on-time") ? "onTime" : series;
                assertThat(browser.findElement(By.cssSelector("#handling-chart g.bar-group[data-code='" + unit
                        + "'] g.bar[data-series='" + series + "'] text")).getText()).as(unit + " " + series)
                        .isEqualTo(String.valueOf(handlingFigure(http, year, unit, figure)));
            }
        }
        assertThat(browser.findElement(By.cssSelector("#handling-chart g.bar-group[data-code='transport'] "
                + "g.bar[data-series='overdue'] rect.bar-fill")).getAttribute("width")).isNotEqualTo("0");
        assertThat(text("handling-chart")).contains("县交通运输局", "交办", "按时反馈", "超期");
        assertThat(browser.findElement(By.cssSelector("#handling-list tr[data-unit='finance']")).getText())
                .contains("县财政局");

        browser.findElement(By.id("lang-toggle")).click();
        await().ignoreExceptionsInstanceOf(WebDriverException.class).atMost(LIVE).until(() -> "Handling units".equals(text("handling-title")));
        assertThat(text("handling-chart")).contains("Transport", "On time", "Overdue");
    }

    private String board() {
        return "http://127.0.0.1:" + port + "/";
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

    /** A figure of a unit's row in the year's record, as the API answers it. */
    private static long handlingFigure(Http http, int year, String unit, String figure) throws Exception {
        for (var row : Http.JSON.readTree(http.get("/api/dashboard/units/" + year, TestTokens.viewer()).body())
                .path("units")) {
            if (row.path("code").asString().equals(unit)) {
                return row.path(figure).asLong();
            }
        }
        return -1;
    }

    /** Noon in the county (Beijing). */
    private static Instant noonOn(int year, int month, int day) {
        return LocalDate.of(year, month, day).atTime(4, 0).toInstant(ZoneOffset.UTC);
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
     * The authorization server's endpoints that the gateway routes on the same origin, here a stand-in: they
     * stand outside the dashboard's security chain, as the authorization server does (a chain of its own would
     * replace the chassis's), and so do the console's files.
     */
    @TestConfiguration(proxyBeanMethods = false)
    static class SignInEndpoints {

        @Bean
        WebSecurityCustomizer signInOutsideTheChain() {
            return web -> web.ignoring().requestMatchers("/oauth2/**", "/.well-known/**", "/connect/**", "/console/**");
        }

        @Bean
        AuthorizationServerStandIn authorizationServerStandIn() {
            return new AuthorizationServerStandIn();
        }
    }

    /**
     * Signs in whoever the test names, at once (the real sign-in page is tested with the real server): answers
     * the discovery document, gives a code for an S256 challenge sent to the console's callback, and exchanges
     * it for the token only with the matching verifier. Records every exchange and sign-out.
     */
    @RestController
    static class AuthorizationServerStandIn {

        private final Map<String, String> challenges = new ConcurrentHashMap<>();
        private final List<String> exchanges = new CopyOnWriteArrayList<>();
        private final List<String> signOuts = new CopyOnWriteArrayList<>();
        private volatile String token;

        void reset(String signsIn) {
            token = signsIn;
            challenges.clear();
            exchanges.clear();
            signOuts.clear();
        }

        List<String> exchanges() {
            return exchanges;
        }

        List<String> signOuts() {
            return signOuts;
        }

        @GetMapping("/.well-known/openid-configuration")
        Map<String, Object> metadata(HttpServletRequest request) {
            String origin = origin(request);
            return Map.of("issuer", origin, "authorization_endpoint", origin + "/oauth2/authorize",
                    "token_endpoint", origin + "/oauth2/token", "end_session_endpoint", origin + "/connect/logout",
                    "code_challenge_methods_supported", List.of("S256"));
        }

        @GetMapping("/oauth2/authorize")
        ResponseEntity<Void> authorize(HttpServletRequest request, @RequestParam Map<String, String> query) {
            String callback = origin(request) + "/console/callback.html";
            if (!"code".equals(query.get("response_type")) || !"minyi-console".equals(query.get("client_id"))
                    || !callback.equals(query.get("redirect_uri")) || !"S256".equals(query.get("code_challenge_method"))
                    || query.get("code_challenge") == null) {
                return ResponseEntity.badRequest().build();
            }
            String code = UUID.randomUUID().toString();
            challenges.put(code, query.get("code_challenge"));
            return ResponseEntity.status(HttpStatus.FOUND).location(URI.create(callback + "?code=" + code + "&state="
                    + URLEncoder.encode(query.get("state"), StandardCharsets.UTF_8))).build();
        }

        @PostMapping(path = "/oauth2/token", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
        ResponseEntity<Map<String, Object>> token(@RequestHeader(name = "Authorization", required = false) String authorization,
                                                  @RequestParam MultiValueMap<String, String> form) throws Exception {
            String challenge = challenges.remove(String.valueOf(form.getFirst("code")));
            String verifier = String.valueOf(form.getFirst("code_verifier"));
            boolean matches = challenge != null && challenge.equals(Base64.getUrlEncoder().withoutPadding().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII))));
            boolean secret = authorization != null || form.containsKey("client_secret");
            exchanges.add(form.getFirst("grant_type") + " " + form.getFirst("client_id") + " "
                    + (matches ? "verifier-matches" : "verifier-wrong") + " " + (secret ? "with-secret" : "no-secret"));
            if (!matches) {
                return ResponseEntity.badRequest().body(Map.of("error", "invalid_grant"));
            }
            return ResponseEntity.ok(Map.of("access_token", token, "id_token", token, "token_type", "Bearer",
                    "expires_in", 3599));
        }

        @GetMapping("/connect/logout")
        ResponseEntity<Void> logout(@RequestParam("post_logout_redirect_uri") String back) {
            signOuts.add(back);
            return ResponseEntity.status(HttpStatus.FOUND).location(URI.create(back)).build();
        }

        private static String origin(HttpServletRequest request) {
            return request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort();
        }
    }
}
