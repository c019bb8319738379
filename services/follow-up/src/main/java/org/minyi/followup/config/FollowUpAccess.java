package org.minyi.followup.config;

import org.minyi.chassis.security.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Follow-up's role matrix: units work on their tasks, authors and stations rate, the office urges,
 * closes and reads the overdue list; everyone signed in reads its own feed (whose feed it is comes from
 * the token, not the path). Which handling or task a caller may see is decided in the queries: one task
 * (and its 交办单) is open to any signed-in caller here, and answers 404 to all but its own unit and the
 * office, so that nobody learns of a task by the kind of refusal.
 */
final class FollowUpAccess implements AccessRules {

    @Override
    public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(HttpMethod.GET, "/api/handling/tasks").hasAnyRole("UNIT", "OFFICE")
                .requestMatchers(HttpMethod.GET, "/api/handling/tasks/*", "/api/handling/tasks/*/sheet")
                .authenticated()
                .requestMatchers(HttpMethod.GET, "/api/handling/reports/*")
                .hasAnyRole("OFFICE", "UNIT", "MEMBER", "STATION")
                .requestMatchers(HttpMethod.POST, "/api/handling/tasks/*/progress", "/api/handling/tasks/*/feedback")
                .hasRole("UNIT")
                .requestMatchers(HttpMethod.POST, "/api/handling/reports/*/satisfaction").hasAnyRole("MEMBER", "STATION")
                .requestMatchers(HttpMethod.POST, "/api/handling/reports/*/close", "/api/handling/reports/*/urge")
                .hasRole("OFFICE")
                .requestMatchers(HttpMethod.GET, "/api/handling/overdue").hasRole("OFFICE")
                .requestMatchers(HttpMethod.GET, "/api/notifications").authenticated()
                .requestMatchers(HttpMethod.POST, "/api/notifications/*/read", "/api/notifications/read-all")
                .authenticated();
    }
}
