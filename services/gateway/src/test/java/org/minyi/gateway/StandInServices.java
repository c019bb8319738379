package org.minyi.gateway;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.minyi.testing.TestTokens;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Stand-ins for every service behind the gateway: each answers 200 with its name, the method, path and
 * query it received, and the headers the tests look at.
 */
final class StandInServices {

    private static final String[] NAMES = {"INTAKE", "ROUTING", "REVIEW", "LEADERSHIP", "FOLLOWUP", "DASHBOARD", "AUTH"};

    private final List<HttpServer> servers = new ArrayList<>();

    /** Starts the stand-ins and points the gateway at them and at the test tokens' keys. */
    static StandInServices startFor(DynamicPropertyRegistry registry) {
        StandInServices services = new StandInServices();
        for (String name : NAMES) {
            HttpServer server = services.start(name.toLowerCase());
            registry.add("MINYI_" + name + "_URL", () -> "http://127.0.0.1:" + server.getAddress().getPort());
        }
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", TestTokens::jwkSetUri);
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> TestTokens.ISSUER);
        return services;
    }

    void stop() {
        servers.forEach(server -> server.stop(0));
    }

    /**
     * A page of one audit entry naming the object asked for, earlier for the services asked later (so the merge
     * has to sort); the dashboard fails for an object ending in {@code dead}.
     */
    private static void auditPage(HttpExchange exchange, String name, int order, String object) throws IOException {
        boolean failing = object.endsWith("dead") && name.equals("dashboard");
        String body = ("{\"items\":[{\"at\":\"2026-12-06T10:%02d:00Z\",\"principal\":\"office\",\"role\":\"OFFICE\","
                + "\"action\":\"%s\",\"object\":\"%s\",\"outcome\":\"ALLOWED\",\"status\":200,\"bearer\":%s}],"
                + "\"page\":0,\"size\":100,\"total\":1}").formatted(50 - order, name, object,
                exchange.getRequestHeaders().getFirst("Authorization") != null);
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(failing ? 500 : 200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private HttpServer start(String name) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            int order = servers.size();
            server.createContext("/", exchange -> {
                String query = exchange.getRequestURI().getRawQuery();
                if (exchange.getRequestURI().getPath().equals("/api/audit") && query != null
                        && query.contains("object=")) {
                    auditPage(exchange, name, order, query.replaceAll(".*object=([^&]*).*", "$1"));
                    return;
                }
                String body = name + " " + exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath()
                        + (query == null ? "" : "?" + query)
                        + "\nauthorization=" + exchange.getRequestHeaders().getFirst("Authorization")
                        + "\nx-correlation-id=" + exchange.getRequestHeaders().getFirst("X-Correlation-Id")
                        + "\nx-forwarded-for=" + exchange.getRequestHeaders().getFirst("X-Forwarded-For")
                        + "\nforwarded=" + exchange.getRequestHeaders().getFirst("Forwarded");
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, bytes.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            });
            server.start();
            servers.add(server);
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
