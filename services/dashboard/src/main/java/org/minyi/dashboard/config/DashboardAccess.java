package org.minyi.dashboard.config;

import org.minyi.chassis.security.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * The dashboard's role matrix: VIEWER, OFFICE, LEADER and LEADERS_OFFICE (the leaders' secretariat, as a
 * leader) read the board and the assessment; a member's own standing is read by members (their own only,
 * checked on the object), the office and viewers; only the office sets targets and points tables and
 * replays the projections. The page and its assets are
 * public: they hold no data, and the page signs in from the browser. Its Content-Security-Policy lets
 * it load and call only its own origin, and it sends no referrer.
 */
final class DashboardAccess implements AccessRules {

    private static final String[] BOARD_ROLES = {"VIEWER", "OFFICE", "LEADER", "LEADERS_OFFICE"};
    private static final String[] STANDING_ROLES = {"MEMBER", "OFFICE", "VIEWER"};

    private static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @Override
    public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(HttpMethod.GET, "/", "/index.html", "/assets/**").permitAll()
                .requestMatchers(HttpMethod.GET, "/api/dashboard/duties/*/members/*").hasAnyRole(STANDING_ROLES)
                .requestMatchers(HttpMethod.GET, "/api/dashboard/**").hasAnyRole(BOARD_ROLES)
                .requestMatchers(HttpMethod.PUT, "/api/dashboard/targets/*", "/api/dashboard/points-table/*")
                .hasRole("OFFICE")
                .requestMatchers(HttpMethod.POST, "/api/dashboard/replay").hasRole("OFFICE");
    }

    @Override
    public void configure(HttpSecurity http) throws Exception {
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(PAGE_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)));
    }
}
