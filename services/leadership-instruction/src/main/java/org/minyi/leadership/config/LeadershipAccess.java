package org.minyi.leadership.config;

import org.minyi.chassis.security.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * The inbox's role matrix (PRODUCT.md §4): leaders and the office read the inbox and its reports,
 * leaders instruct, the office forwards and archives. Which items a caller may see is decided in the
 * queries ({@code Visibility}).
 */
final class LeadershipAccess implements AccessRules {

    @Override
    public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(HttpMethod.GET, "/api/leadership/inbox", "/api/leadership/reports/*")
                .hasAnyRole("LEADER", "OFFICE")
                .requestMatchers(HttpMethod.POST, "/api/leadership/reports/*/instructions").hasRole("LEADER")
                .requestMatchers(HttpMethod.POST, "/api/leadership/reports/*/forward",
                        "/api/leadership/reports/*/archive").hasRole("OFFICE");
    }
}
