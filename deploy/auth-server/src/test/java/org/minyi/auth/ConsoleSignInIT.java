package org.minyi.auth;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * People sign in to the console and the live board with the authorization code grant and PKCE (public
 * client {@code minyi-console}, which takes no secret) as one of the demo users, and get an access token
 * with the same claims as the principal's own client-credentials token; signing out returns only to the
 * console or the board. Driven over HTTP as a browser would, redirect by redirect.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConsoleSignInIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String CALLBACK = "http://localhost:8080/console/callback.html";
    private static final String BOARD = "http://localhost:8080/";
    private static final Set<String> PER_TOKEN = Set.of("iat", "exp", "nbf", "jti");

    @LocalServerPort
    int port;

    @Test
    void aUserSignsInWithTheCodeAndPkceAndItsTokenCarriesTheSameClaimsAsItsClientToken() throws Exception {
        for (String user : List.of("station-chengguan", "member-m0004", "reviewer-economy", "office", "leader",
                "unit-transport", "viewer")) {
            Browser browser = new Browser();
            Pkce pkce = new Pkce();
            String code = browser.signIn(user, "demo", pkce);

            HttpResponse<String> answer = browser.exchange(code, pkce.verifier);

            assertThat(answer.statusCode()).as(user + ": " + answer.body()).isEqualTo(200);
            JsonNode tokens = JSON.readTree(answer.body());
            assertThat(tokens.path("id_token").asString()).as("an OpenID Connect ID token").isNotEmpty();
            assertThat(tokens.has("refresh_token")).as("no refresh token for a public client").isFalse();
            Map<String, JsonNode> userClaims = claims(tokens.path("access_token").asString());
            Map<String, JsonNode> clientClaims = claims(clientToken(user));
            assertThat(userClaims).as(user).isEqualTo(clientClaims);
            assertThat(userClaims.get("sub").asString()).isEqualTo(user);
            assertThat(userClaims.get("iss").asString()).isEqualTo("http://localhost:8080");
        }
    }

    @Test
    void theTokenOfAStationUserHasItsRoleTownshipAndAudienceAndWorksForUserInfo() throws Exception {
        Browser browser = new Browser();
        Pkce pkce = new Pkce();
        JsonNode tokens = JSON.readTree(browser.exchange(browser.signIn("station-chengguan", "demo", pkce),
                pkce.verifier).body());
        Map<String, JsonNode> claims = claims(tokens.path("access_token").asString());

        assertThat(claims.get("roles").toString()).isEqualTo("[\"STATION\"]");
        assertThat(claims.get("township").asString()).isEqualTo("chengguan");
        JsonNode audience = claims.get("aud");
        assertThat(audience.isArray() ? audience.get(0).asString() : audience.asString()).isEqualTo("minyi");
        assertThat(claims).doesNotContainKey("scope");
        HttpResponse<String> userInfo = browser.http.send(HttpRequest.newBuilder(uri("/userinfo"))
                .header("Authorization", "Bearer " + tokens.path("access_token").asString()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(userInfo.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(userInfo.body()).path("sub").asString()).isEqualTo("station-chengguan");
    }

    @Test
    void aWrongPasswordOrAnUnknownUserIsRefusedAndGetsNoCode() throws Exception {
        for (String[] attempt : List.of(new String[] {"office", "guess"}, new String[] {"station-atlantis", "demo"},
                new String[] {"office", ""})) {
            Browser browser = new Browser();
            HttpResponse<String> login = browser.startAuthorization(new Pkce());
            HttpResponse<String> refused = browser.submitLogin(login, attempt[0], attempt[1]);

            assertThat(refused.statusCode()).isEqualTo(302);
            assertThat(location(refused)).isEqualTo("/login?error");
            HttpResponse<String> page = browser.get(location(refused));
            assertThat(page.body()).contains("用户名或密码不正确", "Wrong user name or password");
            HttpResponse<String> again = browser.get(authorizeUri(new Pkce()));
            assertThat(location(again)).as("still not signed in").isEqualTo("/login");
        }
    }

    @Test
    void theSignInPageIsChineseFirstWithEnglishAndHasLabelledFieldsAndACsrfToken() throws Exception {
        Browser browser = new Browser();
        HttpResponse<String> page = browser.get(location(browser.get(authorizeUri(new Pkce()))));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.body()).contains("<html lang=\"zh-CN\">", "<label for=\"username\">用户名",
                "<label for=\"password\">密码", "lang=\"en\">User name", "Sign in");
        assertThat(csrf(page.body())).isNotBlank();
    }

    @Test
    void theCodeNeedsItsVerifierAndTheClientNeedsPkceAndItsOwnRedirect() throws Exception {
        Browser browser = new Browser();
        Pkce pkce = new Pkce();
        String code = browser.signIn("office", "demo", pkce);
        HttpResponse<String> wrongVerifier = browser.exchange(code, new Pkce().verifier);
        assertThat(wrongVerifier.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(wrongVerifier.body()).path("error").asString()).isEqualTo("invalid_grant");

        HttpResponse<String> withoutChallenge = browser.get(uri("/oauth2/authorize?response_type=code&client_id="
                + ConsoleClient.ID + "&scope=openid&state=s1&redirect_uri=" + encode(CALLBACK)).toString());
        assertThat(location(withoutChallenge)).startsWith(CALLBACK).contains("error=invalid_request");

        HttpResponse<String> foreignRedirect = browser.get(uri("/oauth2/authorize?response_type=code&client_id="
                + ConsoleClient.ID + "&scope=openid&state=s1&code_challenge_method=S256&code_challenge="
                + pkce.challenge + "&redirect_uri=" + encode("http://evil.example/console/callback.html")).toString());
        assertThat(foreignRedirect.statusCode()).as("no redirect to an unregistered address").isEqualTo(400);
    }

    @Test
    void signingOutThroughOpenIdConnectEndsTheSessionAndReturnsToTheConsole() throws Exception {
        Browser browser = new Browser();
        Pkce pkce = new Pkce();
        JsonNode tokens = JSON.readTree(browser.exchange(browser.signIn("leader", "demo", pkce), pkce.verifier).body());
        assertThat(location(browser.get(authorizeUri(new Pkce())))).as("signed in: straight back with a code")
                .startsWith(CALLBACK + "?code=");

        HttpResponse<String> loggedOut = browser.get(uri("/connect/logout?id_token_hint="
                + tokens.path("id_token").asString() + "&client_id=" + ConsoleClient.ID + "&post_logout_redirect_uri="
                + encode("http://localhost:8080/console/index.html")).toString());

        assertThat(loggedOut.statusCode()).isEqualTo(302);
        assertThat(location(loggedOut)).isEqualTo("http://localhost:8080/console/index.html");
        assertThat(location(browser.get(authorizeUri(new Pkce())))).as("signed out: asked to sign in again")
                .isEqualTo("/login");
    }

    @Test
    void theBoardSignsAViewerInThroughTheConsolesCallbackAndSigningOutOfItReturnsToTheBoard() throws Exception {
        Browser browser = new Browser();
        Pkce pkce = new Pkce();
        JsonNode tokens = JSON.readTree(browser.exchange(browser.signIn("viewer", "demo", pkce), pkce.verifier).body());
        assertThat(claims(tokens.path("access_token").asString()).get("roles").toString()).isEqualTo("[\"VIEWER\"]");

        HttpResponse<String> loggedOut = browser.get(uri("/connect/logout?id_token_hint="
                + tokens.path("id_token").asString() + "&client_id=" + ConsoleClient.ID + "&post_logout_redirect_uri="
                + encode(BOARD)).toString());

        assertThat(loggedOut.statusCode()).isEqualTo(302);
        assertThat(location(loggedOut)).isEqualTo(BOARD);
        assertThat(location(browser.get(authorizeUri(new Pkce())))).as("signed out for the console too").isEqualTo("/login");
    }

    @Test
    void aSignOutReturnsOnlyToARegisteredPage() throws Exception {
        for (String elsewhere : List.of("http://localhost:8080/elsewhere.html", "http://evil.example/",
                "http://localhost:8080/console/")) {
            Browser browser = new Browser();
            Pkce pkce = new Pkce();
            JsonNode tokens = JSON.readTree(browser.exchange(browser.signIn("viewer", "demo", pkce), pkce.verifier).body());

            HttpResponse<String> refused = browser.get(uri("/connect/logout?id_token_hint="
                    + tokens.path("id_token").asString() + "&client_id=" + ConsoleClient.ID + "&post_logout_redirect_uri="
                    + encode(elsewhere)).toString());

            assertThat(refused.statusCode()).as(elsewhere).isEqualTo(400);
            assertThat(location(refused)).as(elsewhere).isEmpty();
        }
    }

    @Test
    void theBrowserClientIsPublicAcceptsNoSecretAndNoChallengeButS256() throws Exception {
        String basic = Base64.getEncoder().encodeToString((ConsoleClient.ID + ":demo").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> withBasic = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri("/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(withBasic.statusCode()).as("client_credentials with a secret").isEqualTo(401);
        assertThat(JSON.readTree(withBasic.body()).path("error").asString()).isEqualTo("invalid_client");
        HttpResponse<String> bare = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri("/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id=" + ConsoleClient.ID))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(bare.statusCode()).as("client_credentials without a secret: " + bare.body()).isIn(400, 401);
        assertThat(bare.body()).doesNotContain("access_token");

        Browser browser = new Browser();
        Pkce pkce = new Pkce();
        String code = browser.signIn("viewer", "demo", pkce);
        HttpResponse<String> withSecret = browser.http.send(HttpRequest.newBuilder(uri("/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=authorization_code&code=" + encode(code)
                        + "&redirect_uri=" + encode(CALLBACK) + "&client_id=" + ConsoleClient.ID
                        + "&client_secret=demo&code_verifier=" + encode(pkce.verifier))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(withSecret.statusCode()).as("a secret is not a way in for a public client").isEqualTo(401);
        assertThat(JSON.readTree(withSecret.body()).path("error").asString()).isEqualTo("invalid_client");

        HttpResponse<String> plain = browser.get(uri("/oauth2/authorize?response_type=code&client_id="
                + ConsoleClient.ID + "&scope=openid&state=s1&code_challenge_method=plain&code_challenge="
                + pkce.verifier + "&redirect_uri=" + encode(CALLBACK)).toString());
        assertThat(location(plain)).as("the challenge must be S256").startsWith(CALLBACK).contains("error=invalid_request");
    }

    @Test
    void theMetadataAnnouncesTheCodeFlowWithS256AndTheEndpointsUnderTheGateway() throws Exception {
        JsonNode metadata = JSON.readTree(new Browser().get(uri("/.well-known/openid-configuration").toString()).body());
        assertThat(metadata.path("issuer").asString()).isEqualTo("http://localhost:8080");
        assertThat(metadata.path("authorization_endpoint").asString()).isEqualTo("http://localhost:8080/oauth2/authorize");
        assertThat(metadata.path("end_session_endpoint").asString()).isEqualTo("http://localhost:8080/connect/logout");
        assertThat(metadata.path("code_challenge_methods_supported").toString()).contains("S256");
    }

    private String clientToken(String client) throws Exception {
        String basic = Base64.getEncoder().encodeToString((client + ":demo").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri("/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        return JSON.readTree(answer.body()).path("access_token").asString();
    }

    /** The claims of a token, without those that differ from one token to the next. */
    private static Map<String, JsonNode> claims(String jwt) {
        JsonNode payload = JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
        Map<String, JsonNode> claims = new LinkedHashMap<>();
        payload.properties().forEach(entry -> {
            if (!PER_TOKEN.contains(entry.getKey())) {
                claims.put(entry.getKey(), entry.getValue());
            }
        });
        return claims;
    }

    private String authorizeUri(Pkce pkce) {
        return uri("/oauth2/authorize?response_type=code&client_id=" + ConsoleClient.ID + "&scope=openid&state="
                + pkce.state + "&code_challenge_method=S256&code_challenge=" + pkce.challenge + "&redirect_uri="
                + encode(CALLBACK)).toString();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String csrf(String page) {
        Matcher matcher = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        return matcher.find() ? matcher.group(1) : "";
    }

    /** A code verifier, its S256 challenge and a state value, as the console makes them. */
    private static final class Pkce {

        final String verifier;
        final String challenge;
        final String state;

        Pkce() throws Exception {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
            new SecureRandom().nextBytes(random);
            state = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        }
    }

    /** Cookies kept, redirects not followed: each step is looked at. */
    private final class Browser {

        final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        /** A relative address is resolved against this server, as the browser resolves it against the gateway. */
        HttpResponse<String> get(String url) throws Exception {
            URI target = url.startsWith("/") ? uri(url) : URI.create(url);
            return http.send(HttpRequest.newBuilder(target).header("Accept", "text/html").build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        /** Asks for a code while signed out: sent to the sign-in page, which is returned. */
        HttpResponse<String> startAuthorization(Pkce pkce) throws Exception {
            HttpResponse<String> toLogin = get(authorizeUri(pkce));
            assertThat(toLogin.statusCode()).isEqualTo(302);
            assertThat(location(toLogin)).as("relative: the browser stays on the gateway's address").isEqualTo("/login");
            return get(location(toLogin));
        }

        HttpResponse<String> submitLogin(HttpResponse<String> page, String user, String password) throws Exception {
            String form = "username=" + encode(user) + "&password=" + encode(password) + "&_csrf=" + encode(csrf(page.body()));
            return http.send(HttpRequest.newBuilder(uri("/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        }

        /** Signs in and follows the redirects back to the console's callback; answers the code. */
        String signIn(String user, String password, Pkce pkce) throws Exception {
            HttpResponse<String> signedIn = submitLogin(startAuthorization(pkce), user, password);
            assertThat(signedIn.statusCode()).isEqualTo(302);
            assertThat(location(signedIn)).as("back to the authorization request, relative")
                    .startsWith("/oauth2/authorize?");
            HttpResponse<String> back = get(location(signedIn));
            assertThat(back.statusCode()).isEqualTo(302);
            String callback = location(back);
            assertThat(callback).startsWith(CALLBACK + "?code=").contains("state=" + pkce.state);
            return URI.create(callback).getQuery().replaceAll(".*code=([^&]+).*", "$1");
        }

        HttpResponse<String> exchange(String code, String verifier) throws Exception {
            String form = "grant_type=authorization_code&code=" + encode(code) + "&redirect_uri=" + encode(CALLBACK)
                    + "&client_id=" + ConsoleClient.ID + "&code_verifier=" + encode(verifier);
            return http.send(HttpRequest.newBuilder(uri("/oauth2/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
