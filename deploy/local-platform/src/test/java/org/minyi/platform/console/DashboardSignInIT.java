package org.minyi.platform.console;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The live board at {@code /} signs people in like the console — authorization code with PKCE on the
 * authorization server's page, no secret in the page — and shares one sign-in with the console on the
 * gateway's origin: signed in on either, the other opens without asking again; signed out of either, both
 * ask again, and so does the authorization server.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardSignInIT extends ConsoleTest {

    private static final String SHARED = "minyi.console.session";

    @Test
    @Order(1)
    void aViewerSignsInToTheBoardWithTheCodeAndPkceAndSeesItLive() {
        openTheBoard();
        assertThat(browser.script("return document.documentElement.lang")).isEqualTo("zh-CN");
        assertThat(browser.present("input, form")).as("no field for a name or a secret on the board").isFalse();
        assertThat(boardShown()).isFalse();
        browser.waitUntil(() -> browser.waitFor("#signin-submit").isEnabled());

        browser.click("#signin-submit");
        browser.waitFor("#username");
        assertThat(browser.driver().getCurrentUrl()).as("the authorization server's page").endsWith("/login");
        browser.type("#username", "viewer");
        browser.type("#password", "demo");
        browser.click("#signin-submit");

        browser.waitUntil(() -> (gateway + "/").equals(browser.driver().getCurrentUrl()) && boardShown());
        browser.waitUntil(() -> "实时连接中".equals(browser.text("#stream-state")));
        browser.waitUntil(() -> number(browser.text("#duty-members")) >= 300);
        assertThat(browser.text("#summary-error")).isEmpty();
        assertThat(browser.script("return JSON.parse(sessionStorage.getItem(arguments[0])).claims.sub", SHARED))
                .isEqualTo("viewer");
        assertThat(browser.script("return performance.getEntriesByType('resource').map(e => e.name)"
                + ".filter(n => n.includes('/oauth2/token')).length")).as("the board itself asks for no token")
                .isEqualTo(0L);
    }

    @Test
    @Order(2)
    void theConsoleOpensWithTheSameSignInAndLeadsBackToTheBoard() {
        browser.open("");

        browser.waitFor("#who-name");
        assertThat(browser.text("#who-name")).isEqualTo("viewer");
        assertThat(browser.driver().getCurrentUrl()).as("not sent to sign in again").contains("/console/index.html");
        browser.waitFor("#view .view a[href='/']");

        browser.click("#view .view a[href='/']");

        browser.waitUntil(() -> (gateway + "/").equals(browser.driver().getCurrentUrl()) && boardShown());
    }

    @Test
    @Order(3)
    void signingOutOfTheBoardSignsOutOfTheConsoleAndTheAuthorizationServer() {
        browser.click("#signout");

        browser.waitUntil(() -> (gateway + "/").equals(browser.driver().getCurrentUrl())
                && browser.driver().findElement(By.id("signin-submit")).isDisplayed());
        assertThat(boardShown()).isFalse();
        assertThat(browser.script("return sessionStorage.getItem(arguments[0])", SHARED)).isNull();

        browser.open("");
        browser.waitFor("#signin-panel:not([hidden])");
        browser.click("#signin-button");
        browser.waitFor("#username");
        assertThat(browser.driver().getCurrentUrl()).as("asked for the password again").endsWith("/login");
        browser.type("#username", "office");
        browser.type("#password", "demo");
        browser.click("#signin-submit");
        browser.waitUntil(() -> "office".equals(browser.text("#who-name")));
    }

    @Test
    @Order(4)
    void aSignInOnTheConsoleOpensTheBoardAndSigningOutOfTheConsoleClosesIt() {
        openTheBoard();
        browser.waitUntil(this::boardShown);
        assertThat(browser.driver().getCurrentUrl()).isEqualTo(gateway + "/");

        browser.open("");
        browser.signOut();
        openTheBoard();

        browser.waitUntil(() -> browser.driver().findElement(By.id("signin-submit")).isDisplayed());
        assertThat(boardShown()).isFalse();
        assertThat(browser.script("return sessionStorage.getItem(arguments[0])", SHARED)).isNull();
    }

    private void openTheBoard() {
        browser.driver().get(gateway + "/");
    }

    private boolean boardShown() {
        return browser.driver().findElement(By.id("board")).isDisplayed();
    }

    private static long number(String text) {
        String digits = text.replaceAll("[^0-9]", "");
        return digits.isEmpty() ? 0 : Long.parseLong(digits);
    }
}
