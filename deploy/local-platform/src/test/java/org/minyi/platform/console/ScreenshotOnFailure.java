package org.minyi.platform.console;

import java.util.function.Supplier;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/** A failed browser test leaves a picture of the page in {@code target/console-screenshots}. */
final class ScreenshotOnFailure implements TestWatcher {

    private final Supplier<ConsoleBrowser> browser;

    private ScreenshotOnFailure(Supplier<ConsoleBrowser> browser) {
        this.browser = browser;
    }

    static ScreenshotOnFailure of(Supplier<ConsoleBrowser> browser) {
        return new ScreenshotOnFailure(browser);
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        ConsoleBrowser current = browser.get();
        if (current != null) {
            current.screenshot(context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName());
        }
    }
}
