package org.minyi.auth;

import java.time.Duration;
import java.util.List;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Protocol endpoints ({@code /oauth2/token}, {@code /oauth2/jwks}, metadata) for client credentials,
 * and access tokens that carry {@code roles} and the scoping claim of each principal, for the
 * audience {@code minyi}. The issuer is the gateway's address, through which clients reach this server.
 */
@Configuration(proxyBeanMethods = false)
class AuthorizationServerConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
        OAuth2AuthorizationServerConfigurer server = new OAuth2AuthorizationServerConfigurer();
        http.securityMatcher(server.getEndpointsMatcher())
                .with(server, Customizer.withDefaults())
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .csrf(csrf -> csrf.ignoringRequestMatchers(server.getEndpointsMatcher()));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain everythingElse(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health/**", "/actuator/info", "/actuator/prometheus").permitAll()
                        .anyRequest().denyAll())
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Bean
    DemoPrincipals demoPrincipals(@Value("${minyi.auth.reference-data}") Resource referenceData) {
        return DemoPrincipals.load(referenceData);
    }

    @Bean
    RegisteredClientRepository registeredClientRepository(DemoPrincipals principals,
                                                          @Value("${minyi.auth.token-lifetime:8h}") Duration lifetime) {
        return new DemoClientRepository(principals, lifetime);
    }

    @Bean
    JWKSource<SecurityContext> jwkSource(@Value("${minyi.auth.key-file:}") String keyFile) {
        return new ImmutableJWKSet<>(new JWKSet(SigningKey.loadOrCreate(keyFile)));
    }

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> principalClaims(DemoPrincipals principals,
                                                              @Value("${minyi.auth.audience:minyi}") String audience) {
        return context -> {
            if (!OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())
                    || !AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
                return;
            }
            principals.find(context.getRegisteredClient().getClientId()).ifPresent(principal -> {
                context.getClaims().audience(List.of(audience));
                principal.tokenClaims().forEach(context.getClaims()::claim);
            });
        };
    }
}
