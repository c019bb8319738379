package org.minyi.auth;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuthServerIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void aStationGetsATokenCarryingItsRoleTownshipAudienceAndIssuer() throws Exception {
        HttpResponse<String> answer = token("station-chengguan", "demo");

        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(answer.body());
        assertThat(body.path("token_type").asString()).isEqualToIgnoringCase("Bearer");
        JsonNode claims = claims(body.path("access_token").asString());
        assertThat(claims.path("sub").asString()).isEqualTo("station-chengguan");
        assertThat(claims.path("roles").get(0).asString()).isEqualTo("STATION");
        assertThat(claims.path("township").asString()).isEqualTo("chengguan");
        assertThat(claims.path("aud").toString()).contains("minyi");
        assertThat(claims.path("iss").asString()).isEqualTo("http://localhost:8080");
        assertThat(claims.path("exp").asLong()).isGreaterThan(claims.path("iat").asLong());
    }

    @Test
    void everyKindOfDemoPrincipalHasItsScopingClaim() throws Exception {
        assertThat(claims(accessToken("member-m0001")).path("member").asString()).isEqualTo("m0001");
        assertThat(claims(accessToken("reviewer-economy")).path("committee").asString()).isEqualTo("economy");
        assertThat(claims(accessToken("unit-education")).path("unit").asString()).isEqualTo("education");
        assertThat(claims(accessToken("office")).path("roles").get(0).asString()).isEqualTo("OFFICE");
        assertThat(claims(accessToken("leader")).path("roles").get(0).asString()).isEqualTo("LEADERS_OFFICE");
        assertThat(claims(accessToken("leader-county-head")).path("roles").get(0).asString()).isEqualTo("LEADER");
        assertThat(claims(accessToken("leader-county-head")).path("leader").asString()).isEqualTo("county-head");
        assertThat(claims(accessToken("viewer")).path("roles").get(0).asString()).isEqualTo("VIEWER");
    }

    @Test
    void unknownPrincipalsAndWrongSecretsGetNoToken() throws Exception {
        assertThat(token("station-atlantis", "demo").statusCode()).isEqualTo(401);
        assertThat(token("member-m9999", "demo").statusCode()).isEqualTo(401);
        assertThat(token("leader-nobody", "demo").statusCode()).isEqualTo(401);
        assertThat(token("office", "guess").statusCode()).isEqualTo(401);
    }

    @Test
    void theSigningKeyIsPublishedAndTheMetadataNamesTheGatewayAsIssuer() throws Exception {
        HttpResponse<String> jwks = HTTP.send(HttpRequest.newBuilder(uri("/oauth2/jwks")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(JSON.readTree(jwks.body()).path("keys").get(0).path("kty").asString()).isEqualTo("RSA");
        HttpResponse<String> metadata = HTTP.send(
                HttpRequest.newBuilder(uri("/.well-known/oauth-authorization-server")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(JSON.readTree(metadata.body()).path("token_endpoint").asString())
                .isEqualTo("http://localhost:8080/oauth2/token");
    }

    @Test
    void healthIsUp() throws Exception {
        HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(uri("/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
    }

    private String accessToken(String client) throws Exception {
        HttpResponse<String> answer = token(client, "demo");
        assertThat(answer.statusCode()).as(client).isEqualTo(200);
        return JSON.readTree(answer.body()).path("access_token").asString();
    }

    private HttpResponse<String> token(String client, String secret) throws Exception {
        String basic = Base64.getEncoder().encodeToString((client + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return HTTP.send(HttpRequest.newBuilder(uri("/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode claims(String jwt) {
        return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
