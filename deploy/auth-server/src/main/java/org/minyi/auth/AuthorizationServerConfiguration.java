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
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * Protocol endpoints ({@code /oauth2/token}, {@code /oauth2/authorize}, {@code /oauth2/jwks}, OpenID
 * Connect metadata, user info and logout) for two ways in: the demo principals as clients
 * ({@code client_credentials}), and the same principals as people signing in to the console (authorization
 * code with PKCE, client {@code minyi-console}, sign-in page at {@code /login}). Both get access tokens
 * with the same claims — {@code roles} and the scoping claim of the principal, for the audience
 * {@code minyi}. The issuer is the gateway's address, through which clients reach this server.
 */
@Configuration(proxyBeanMethods = false)
class AuthorizationServerConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
        OAuth2AuthorizationServerConfigurer server = new OAuth2AuthorizationServerConfigurer();
        http.securityMatcher(server.getEndpointsMatcher())
                .with(server, endpoints -> endpoints.oidc(Customizer.withDefaults()))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                        signInPage(), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)))
                .oauth2ResourceServer(resourceServer -> resourceServer.jwt(Customizer.withDefaults()))
                .csrf(csrf -> csrf.ignoringRequestMatchers(server.getEndpointsMatcher()));
        return http.build();
    }

    /** The sign-in page and form, health and metrics; nothing else. */
    @Bean
    @Order(2)
    SecurityFilterChain everythingElse(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/error").permitAll()
                        .requestMatchers("/actuator/health/**", "/actuator/info", "/actuator/prometheus").permitAll()
                        .anyRequest().denyAll())
                .formLogin(form -> form.loginPage("/login").successHandler(new ReturnToAuthorization()).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"));
        return http.build();
    }

    /**
     * Sends a person who is not signed in to {@code /login} by a relative redirect, so that the browser
     * stays on the gateway's address (see {@link ReturnToAuthorization}).
     */
    private static LoginUrlAuthenticationEntryPoint signInPage() {
        LoginUrlAuthenticationEntryPoint entryPoint = new LoginUrlAuthenticationEntryPoint("/login");
        entryPoint.setFavorRelativeUris(true);
        return entryPoint;
    }

    @Bean
    DemoPrincipals demoPrincipals(@Value("${minyi.auth.reference-data}") Resource referenceData) {
        return DemoPrincipals.load(referenceData);
    }

    @Bean
    UserDetailsService demoUsers(DemoPrincipals principals) {
        return new DemoUsers(principals);
    }

    @Bean
    RegisteredClientRepository registeredClientRepository(DemoPrincipals principals,
                                                          @Value("${minyi.auth.token-lifetime:8h}") Duration lifetime,
                                                          @Value("${spring.security.oauth2.authorizationserver.issuer}") String issuer) {
        return new DemoClientRepository(principals, lifetime, ConsoleClient.of(issuer, lifetime));
    }

    @Bean
    JWKSource<SecurityContext> jwkSource(@Value("${minyi.auth.key-file:}") String keyFile) {
        return new ImmutableJWKSet<>(new JWKSet(SigningKey.loadOrCreate(keyFile)));
    }

    /** Reads the bearer tokens that OpenID Connect's user info endpoint is called with. */
    @Bean
    JwtDecoder jwtDecoder(JWKSource<SecurityContext> jwkSource) {
        return OAuth2AuthorizationServerConfiguration.jwtDecoder(jwkSource);
    }

    /**
     * A principal's access token carries the same claims whichever way it was obtained: as a client
     * ({@code sub} = the client id) or as a person signing in ({@code sub} = the user name, which is the
     * same name). The console's {@code openid} scope is kept on the authorization, not in the token.
     */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> principalClaims(DemoPrincipals principals,
                                                              @Value("${minyi.auth.audience:minyi}") String audience) {
        return context -> {
            if (!OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
                return;
            }
            String name;
            if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
                name = context.getRegisteredClient().getClientId();
            } else if (AuthorizationGrantType.AUTHORIZATION_CODE.equals(context.getAuthorizationGrantType())) {
                name = context.getPrincipal().getName();
            } else {
                return;
            }
            principals.find(name).ifPresent(principal -> {
                context.getClaims().audience(List.of(audience));
                context.getClaims().claims(claims -> claims.remove("scope"));
                principal.tokenClaims().forEach(context.getClaims()::claim);
            });
        };
    }
}
