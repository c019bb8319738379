package org.minyi.platform.console;

import org.minyi.platform.SharedPlatform;

/**
 * Where the console is: the shared local platform of the test JVM, or — with
 * {@code -Dminyi.console.gateway=http://localhost:8080} — a platform already running, so that the browser
 * tests can be run against {@code ./minyi start} while the console is being changed.
 */
final class ConsolePlatform {

    private ConsolePlatform() {
    }

    static String gateway() {
        String given = System.getProperty("minyi.console.gateway");
        if (given != null && !given.isBlank()) {
            return given.endsWith("/") ? given.substring(0, given.length() - 1) : given;
        }
        return SharedPlatform.platform().settings().gatewayUrl();
    }
}
