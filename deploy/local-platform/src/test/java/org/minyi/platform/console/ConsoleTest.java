package org.minyi.platform.console;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A browser test of the pages on the shared local platform: one Chromium for the test class (skipped where
 * Chromium is missing), the API for setting up what the pages show, and a screenshot of every failed test.
 */
abstract class ConsoleTest {

    /** How long an asynchronous step (another service's doing) may take. */
    static final Duration STEP = Duration.ofSeconds(30);

    static String gateway;
    static ConsoleBrowser browser;
    static ConsoleApi api;

    @RegisterExtension
    static final ScreenshotOnFailure SCREENSHOTS = ScreenshotOnFailure.of(() -> browser);

    @BeforeAll
    static void openTheConsole() throws Exception {
        assumeTrue(ConsoleBrowser.available(), ConsoleBrowser.whyUnavailable());
        gateway = ConsolePlatform.gateway();
        api = new ConsoleApi(gateway);
        browser = new ConsoleBrowser(gateway);
    }

    @AfterAll
    static void closeTheBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }
}
