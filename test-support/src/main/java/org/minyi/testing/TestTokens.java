package org.minyi.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

/**
 * Signed bearer tokens for tests, shaped like the local authorization server's: subject = the
 * demo principal's name, {@code roles}, and the claims PRODUCT.md §4 gives each role. A small JWK
 * Set endpoint on loopback publishes the key, so that services validate these tokens through their
 * real resource-server configuration (issuer, audience, signature, expiry).
 */
public final class TestTokens {

    public static final String ISSUER = "http://minyi.test/issuer";
    public static final String AUDIENCE = "minyi";

    private static final RSAKey KEY = generateKey();
    private static HttpServer jwks;

    private TestTokens() {
    }

    public static String station(String township) {
        return token("station-" + township, "STATION", Map.of("township", township));
    }

    public static String member(String member) {
        return token("member-" + member, "MEMBER", Map.of("member", member));
    }

    public static String office() {
        return token("office", "OFFICE", Map.of());
    }

    public static String reviewer(String committee) {
        return token("reviewer-" + committee, "REVIEWER", Map.of("committee", committee));
    }

    /** A leader ({@code leader-<code>}, role LEADER, claim {@code leader}), e.g. {@code leader("county-head")}. */
    public static String leader(String leader) {
        return token("leader-" + leader, "LEADER", Map.of("leader", leader));
    }

    /** The leaders' secretariat: the principal {@code leader}, role LEADERS_OFFICE. */
    public static String leadersOffice() {
        return token("leader", "LEADERS_OFFICE", Map.of());
    }

    public static String unit(String unit) {
        return token("unit-" + unit, "UNIT", Map.of("unit", unit));
    }

    public static String viewer() {
        return token("viewer", "VIEWER", Map.of());
    }

    /** A token for {@code subject} with one role and extra claims, valid for an hour. */
    public static String token(String subject, String role, Map<String, Object> claims) {
        return sign(subject, role, claims, ISSUER, Instant.now().plus(Duration.ofHours(1)));
    }

    /** A token that expired a minute ago. */
    public static String expired(String subject, String role) {
        return sign(subject, role, Map.of(), ISSUER, Instant.now().minus(Duration.ofMinutes(1)));
    }

    /** A token from another issuer. */
    public static String foreign(String subject, String role) {
        return sign(subject, role, Map.of(), "http://elsewhere.example/issuer", Instant.now().plus(Duration.ofHours(1)));
    }

    /** A token with {@code alg: none} and no signature, as an attacker would forge it. */
    public static String unsigned(String subject, String role, Map<String, Object> claims) {
        String header = base64Url("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        String payload = token(subject, role, claims).split("\\.")[1];
        return header + "." + payload + ".";
    }

    /**
     * A validly signed token whose payload was changed afterwards: the role raised to OFFICE (or, for the
     * office, the subject changed), so the signature no longer matches.
     */
    public static String tampered(String subject, String role) {
        String[] parts = token(subject, role, Map.of()).split("\\.");
        String payload = new String(java.util.Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String changed = "OFFICE".equals(role)
                ? payload.replace("\"sub\":\"" + subject + "\"", "\"sub\":\"" + subject + "-x\"")
                : payload.replace("\"" + role + "\"", "\"OFFICE\"");
        if (changed.equals(payload)) {
            throw new IllegalStateException("the tampering changed nothing");
        }
        return parts[0] + "." + base64Url(changed) + "." + parts[2];
    }

    /** A token for {@code subject} signed by a key nobody published. */
    public static String signedByAnotherKey(String subject, String role) {
        try {
            RSAKey other = new RSAKeyGenerator(2048).keyID("minyi-test").generate();
            JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(ISSUER).subject(subject)
                    .audience(List.of(AUDIENCE)).expirationTime(Date.from(Instant.now().plusSeconds(3600)))
                    .issueTime(new Date()).claim("roles", List.of(role)).build();
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(other.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(other));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A token for another audience. */
    public static String forOtherAudience(String subject, String role) {
        try {
            JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(ISSUER).subject(subject)
                    .audience(List.of("someone-else")).expirationTime(Date.from(Instant.now().plusSeconds(3600)))
                    .issueTime(new Date()).claim("roles", List.of(role)).build();
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KEY.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(KEY));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String base64Url(String json) {
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    /** Where the signing key is published; starts the endpoint on first use. */
    public static synchronized String jwkSetUri() {
        if (jwks == null) {
            try {
                jwks = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (IOException e) {
                throw new IllegalStateException("cannot start the test JWK Set endpoint", e);
            }
            byte[] body = new JWKSet(KEY.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
            jwks.createContext("/jwks", exchange -> {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            jwks.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> jwks.stop(0), "test-jwks-stop"));
        }
        return "http://127.0.0.1:" + jwks.getAddress().getPort() + "/jwks";
    }

    private static String sign(String subject, String role, Map<String, Object> claims, String issuer, Instant expiry) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(subject)
                .audience(List.of(AUDIENCE))
                .issueTime(Date.from(now.minusSeconds(120)))
                .notBeforeTime(Date.from(now.minusSeconds(120)))
                .expirationTime(Date.from(expiry))
                .jwtID(UUID.randomUUID().toString())
                .claim("client_id", subject)
                .claim("roles", List.of(role));
        claims.forEach(builder::claim);
        try {
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KEY.getKeyID()).type(JOSEObjectType.JWT).build(),
                    builder.build());
            jwt.sign(new RSASSASigner(KEY));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey generateKey() {
        try {
            return new RSAKeyGenerator(2048).keyID("minyi-test").generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
