package org.minyi.gateway;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;

import org.springframework.core.convert.converter.Converter;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Checks every bearer token at the edge — signature, issuer, audience, expiry, as each service does
 * again behind it — so that rate limits apply to verified principals and forged or expired tokens
 * never reach a service. Public: the dashboard page and its assets, the console's pages, the
 * authorization server's endpoints and sign-in page, the API documents (OpenAPI per service, Swagger
 * UI, AsyncAPI), health.
 */
final class EdgeSecurity {

    static final String[] PUBLIC = {"/", "/index.html", "/assets/**", "/favicon.ico", "/console", "/console/**",
            "/oauth2/**", "/.well-known/**", "/login", "/logout", "/userinfo", "/connect/**",
            "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/webjars/**", "/asyncapi/**",
            "/actuator/health/**", "/actuator/info", "/actuator/prometheus"};

    private EdgeSecurity() {
    }

    static SecurityWebFilterChain chain(ServerHttpSecurity http) {
        return http
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers(PUBLIC).permitAll()
                        .pathMatchers("/api/**").authenticated()
                        .anyExchange().permitAll())
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(new ReactiveJwtAuthenticationConverterAdapter(roles())))
                        .authenticationEntryPoint((exchange, e) -> problem(exchange.getResponse(), HttpStatus.UNAUTHORIZED,
                                "未认证或令牌无效 Unauthorized", "a valid bearer token is required")))
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .build();
    }

    static Converter<Jwt, AbstractAuthenticationToken> roles() {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(EdgeSecurity::authorities);
        return converter;
    }

    private static Collection<GrantedAuthority> authorities(Jwt jwt) {
        List<String> roles = jwt.getClaimAsStringList("roles");
        return roles == null ? List.of()
                : roles.stream().<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList();
    }

    static Mono<Void> problem(ServerHttpResponse response, HttpStatus status, String title, String detail) {
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (status == HttpStatus.UNAUTHORIZED) {
            response.getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        String body = "{\"type\":\"/problems/" + status.name().toLowerCase().replace('_', '-') + "\",\"title\":\""
                + title + "\",\"status\":" + status.value() + ",\"detail\":\"" + detail + "\"}";
        DataBuffer buffer = response.bufferFactory().wrap(body.getBytes(StandardCharsets.UTF_8));
        return response.writeWith(Mono.just(buffer));
    }
}
