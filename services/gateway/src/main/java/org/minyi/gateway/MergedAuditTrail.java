package org.minyi.gateway;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code GET /api/audit/reports/{id}} (OFFICE): one report's audit trail as every service keeps it, merged in
 * time order, each entry naming its service. The gateway asks each service's {@code /api/audit?object={id}}
 * with the caller's own token (so each service still checks it); a service that does not answer in time is
 * named in {@code unavailable} and the rest is still answered. A route filter, so that the edge's token
 * check and rate limits apply as to every other path.
 */
final class MergedAuditTrail extends AbstractGatewayFilterFactory<Object> {

    private static final Pattern REPORT_ID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<String, String> services;
    private final WebClient client;
    private final Duration timeout;

    /** @param services each service's name and base address, in the order they are asked */
    MergedAuditTrail(Map<String, String> services, WebClient client, Duration timeout) {
        this.services = services;
        this.client = client;
        this.timeout = timeout;
    }

    @Override
    public String name() {
        return "MergedAuditTrail";
    }

    @Override
    public GatewayFilter apply(Object config) {
        return (exchange, chain) -> merged(exchange);
    }

    private Mono<Void> merged(ServerWebExchange exchange) {
        String path = exchange.getRequest().getPath().value();
        String reportId = path.substring(path.lastIndexOf('/') + 1);
        // the office's token, or none (an answer of Mono<Void> is empty too, so no switchIfEmpty after writing)
        return exchange.getPrincipal()
                .filter(JwtAuthenticationToken.class::isInstance)
                .cast(JwtAuthenticationToken.class)
                .filter(token -> token.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_OFFICE")))
                .map(token -> Optional.of(token.getToken().getTokenValue()))
                .defaultIfEmpty(Optional.empty())
                .flatMap(office -> {
                    if (office.isEmpty()) {
                        return EdgeSecurity.problem(exchange.getResponse(), HttpStatus.FORBIDDEN,
                                "无权查看 Forbidden", "only the office reads the audit trail");
                    }
                    if (!REPORT_ID.matcher(reportId).matches()) {
                        return EdgeSecurity.problem(exchange.getResponse(), HttpStatus.BAD_REQUEST,
                                "信息编号格式不正确 Bad report id", "a report id is a UUID");
                    }
                    return Flux.fromIterable(services.entrySet())
                            .flatMapSequential(service -> trail(service.getKey(), service.getValue(), reportId,
                                    office.get()))
                            .collectList()
                            .flatMap(answers -> write(exchange.getResponse(), reportId, answers));
                });
    }

    private Mono<Answer> trail(String service, String base, String reportId, String token) {
        return client.get()
                .uri(base + "/api/audit?object={id}&size=100", reportId)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .accept(MediaType.APPLICATION_JSON)
                .retrieve()
                .bodyToMono(String.class)
                .timeout(timeout)
                .map(body -> new Answer(service, JSON.readTree(body).path("items")))
                .onErrorResume(e -> Mono.just(new Answer(service, null)));
    }

    private static Mono<Void> write(ServerHttpResponse response, String reportId, List<Answer> answers) {
        List<ObjectNode> entries = new ArrayList<>();
        ArrayNode unavailable = JSON.createArrayNode();
        for (Answer answer : answers) {
            if (answer.items() == null) {
                unavailable.add(answer.service());
                continue;
            }
            for (JsonNode item : answer.items()) {
                ObjectNode entry = JSON.createObjectNode();
                entry.put("service", answer.service());
                entry.setAll((ObjectNode) item);
                entries.add(entry);
            }
        }
        entries.sort(Comparator.comparing((ObjectNode e) -> e.path("at").asString()));
        ObjectNode body = JSON.createObjectNode();
        body.put("reportId", reportId);
        body.putArray("entries").addAll(entries);
        body.set("unavailable", unavailable);
        response.setStatusCode(HttpStatus.OK);
        response.getHeaders().setContentType(MediaType.APPLICATION_JSON);
        byte[] bytes = JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        return response.writeWith(Mono.just(response.bufferFactory().wrap(bytes)));
    }

    /** @param items the service's entries, {@code null} when it did not answer */
    private record Answer(String service, JsonNode items) {
    }
}
