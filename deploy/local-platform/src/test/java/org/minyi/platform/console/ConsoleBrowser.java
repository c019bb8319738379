package org.minyi.platform.console;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.Select;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The console in a real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}), driven as
 * a person would: through the gateway's address, signing in on the authorization server's page with the
 * authorization code and PKCE. One browser per test class; people take turns in it by signing out.
 */
final class ConsoleBrowser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Logger log = LoggerFactory.getLogger(ConsoleBrowser.class);
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private final ChromeDriver driver;
    private final String gateway;
    private final Path profile;
    private final Path downloads;

    static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    static String whyUnavailable() {
        return "the console's browser tests need Chromium and its driver at " + CHROMIUM + " and " + CHROMEDRIVER
                + " (Debian: apt-get install chromium chromium-driver); skipped here";
    }

    /** A desktop window. */
    ConsoleBrowser(String gateway) throws IOException {
        this(gateway, 1280, 1000);
    }

    ConsoleBrowser(String gateway, int width, int height) throws IOException {
        this.gateway = gateway;
        this.profile = Files.createTempDirectory("minyi-console-chromium-");
        this.downloads = Files.createDirectories(profile.resolve("downloads"));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=" + width + "," + height, "--lang=zh-CN");
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false, "intl.accept_languages", "zh-CN,zh"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(PATIENCE);
        driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow",
                "downloadPath", downloads.toString()));
    }

    ChromeDriver driver() {
        return driver;
    }

    Path downloads() {
        return downloads;
    }

    /** Opens the console at a route, e.g. {@code #/reports}. */
    void open(String route) {
        driver.get(gateway + "/console/index.html" + route);
    }

    /**
     * Signs in from the console's sign-in panel: the authorization server's page, user name and password
     * {@code demo}, and back through the callback to the console, which shows the person's menu.
     */
    void signIn(String user) {
        signIn(user, "demo");
        waitFor("#who-name");
        waitUntil(() -> user.equals(text("#who-name")));
        waitFor("#view .view");
    }

    void signIn(String user, String password) {
        if (driver.getCurrentUrl() == null || !driver.getCurrentUrl().contains("/console/")) {
            open("");
        }
        click("#signin-button");
        waitFor("#username");
        type("#username", user);
        type("#password", password);
        click("#signin-submit");
    }

    /** Signs out of the console and ends the session at the authorization server. */
    void signOut() {
        click("#signout");
        waitUntil(() -> driver.getCurrentUrl().contains("/console/index.html")
                && !driver.findElements(By.cssSelector("#signin-panel:not([hidden])")).isEmpty());
    }

    /** Goes to a route of the signed-in console and waits until its view is drawn. */
    void go(String route) {
        if (route.equals(script("return window.location.hash"))) {
            act("#refresh-view");
            return;
        }
        String before = viewId();
        ((JavascriptExecutor) driver).executeScript("window.location.hash = arguments[0]", route);
        waitUntil(() -> !viewId().equals(before) && driver.findElements(By.cssSelector("#view[aria-busy]")).isEmpty());
    }

    /** Waits until the view has been drawn again (after an action that refreshes it). */
    String viewId() {
        Object id = ((JavascriptExecutor) driver).executeScript(
                "const v = document.querySelector('#view .view'); if (!v) return ''; "
                        + "if (!v.dataset.seen) v.dataset.seen = String(Math.random()); return v.dataset.seen;");
        return id == null ? "" : id.toString();
    }

    void awaitNewView(String before) {
        waitUntil(() -> !viewId().equals(before) && driver.findElements(By.cssSelector("#view[aria-busy]")).isEmpty());
    }

    WebElement waitFor(String css) {
        return wait(PATIENCE).until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector(css));
            return found.isEmpty() ? null : found.get(0);
        });
    }

    void waitUntil(Supplier<Boolean> condition) {
        waitUntil(PATIENCE, condition);
    }

    void waitUntil(Duration patience, Supplier<Boolean> condition) {
        wait(patience).until(d -> condition.get() ? Boolean.TRUE : null);
    }

    /**
     * Waits for what another service does asynchronously (a report reaching a queue, a task reaching its
     * unit): the view is drawn again with its refresh button until the condition holds.
     */
    void refreshUntil(Supplier<Boolean> condition) {
        new FluentWait<>(driver).withTimeout(Duration.ofSeconds(30)).pollingEvery(Duration.ofMillis(400))
                .ignoring(NoSuchElementException.class).ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    if (condition.get()) {
                        return true;
                    }
                    String before = viewId();
                    click("#refresh-view");
                    awaitNewView(before);
                    return condition.get() ? true : null;
                });
    }

    void refreshUntilPresent(String css) {
        refreshUntil(() -> present(css));
    }

    private FluentWait<ChromeDriver> wait(Duration patience) {
        return new FluentWait<>(driver).withTimeout(patience).pollingEvery(Duration.ofMillis(100))
                .ignoring(NoSuchElementException.class).ignoring(StaleElementReferenceException.class);
    }

    boolean present(String css) {
        return !driver.findElements(By.cssSelector(css)).isEmpty();
    }

    String text(String css) {
        List<WebElement> found = driver.findElements(By.cssSelector(css));
        return found.isEmpty() ? "" : found.get(0).getText();
    }

    void click(String css) {
        WebElement element = waitFor(css);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        waitUntil(() -> element.isDisplayed() && element.isEnabled());
        element.click();
    }

    /** Clicks something that draws the view again (a link to another view, an action that refreshes it) and waits for it. */
    void act(String css) {
        String before = viewId();
        click(css);
        awaitNewView(before);
    }

    void type(String css, String text) {
        WebElement element = waitFor(css);
        element.clear();
        element.sendKeys(text);
    }

    /** Sets a long text at once (as pasting would) and announces it as input, so the page reacts. */
    void paste(String css, String text) {
        WebElement element = waitFor(css);
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));", element, text);
    }

    void choose(String css, String value) {
        new Select(waitFor(css)).selectByValue(value);
    }

    void pressEnter(String css) {
        waitFor(css).sendKeys(Keys.ENTER);
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** Texts whose message key has no translation show the key itself; there must be none. */
    @SuppressWarnings("unchecked")
    List<String> untranslated() {
        return (List<String>) script("return [...document.querySelectorAll('[data-i18n]')]"
                + ".filter(n => !n.dataset.code && n.textContent === n.dataset.i18n).map(n => n.dataset.i18n);");
    }

    /** Form controls that no label names (by for=, by wrapping, or aria-label). */
    @SuppressWarnings("unchecked")
    List<String> unlabelled() {
        return (List<String>) script("return [...document.querySelectorAll('input:not([type=hidden]), select, textarea')]"
                + ".filter(c => c.offsetParent !== null || c.closest('details'))"
                + ".filter(c => !(c.labels && c.labels.length) && !c.getAttribute('aria-label'))"
                + ".map(c => c.name || c.id || c.outerHTML.slice(0, 60));");
    }

    void screenshot(String name) {
        try {
            Path target = Path.of("target", "console-screenshots");
            Files.createDirectories(target);
            Files.write(target.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException | RuntimeException e) {
            log.warn("no screenshot {}: {}", name, e.toString());
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                log.debug("profile left behind: {}", profile);
            }
        }
    }
}
