package org.minyi.review.config;

import org.minyi.chassis.security.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Committee review's role matrix: reviewers and the office read and work the queues and merge; the office
 * alone sends to the leaders, transfers to the departments, records submissions to higher CPPCCs and their
 * adoptions, maintains the decline reasons and publishes; the office, the leaders and their secretariat read
 * publications; the office and viewers read the upstream ledger (viewers by codes only, without titles). Which
 * committee's items and which publications a caller may see is decided in the queries, and what each role may do
 * to an item by the domain's policy.
 */
final class ReviewAccess implements AccessRules {

    @Override
    public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(HttpMethod.GET, "/api/review/queues/*", "/api/review/reports",
                        "/api/review/reports/*", "/api/review/decline-reasons").hasAnyRole("REVIEWER", "OFFICE")
                .requestMatchers(HttpMethod.POST, "/api/review/reports/*/claim", "/api/review/reports/*/decision",
                        "/api/review/merges").hasAnyRole("REVIEWER", "OFFICE")
                .requestMatchers(HttpMethod.POST, "/api/review/reports/*/send-to-leaders",
                        "/api/review/reports/*/transfer", "/api/review/reports/*/upstream-adoptions",
                        "/api/review/reports/*/upstream-submissions").hasRole("OFFICE")
                .requestMatchers(HttpMethod.GET, "/api/review/upstream", "/api/review/upstream/export")
                .hasAnyRole("OFFICE", "VIEWER")
                .requestMatchers(HttpMethod.PUT, "/api/review/decline-reasons").hasRole("OFFICE")
                .requestMatchers(HttpMethod.GET, "/api/publications", "/api/publications/*",
                        "/api/publications/*/document").hasAnyRole("OFFICE", "LEADER", "LEADERS_OFFICE")
                .requestMatchers(HttpMethod.POST, "/api/publications", "/api/publications/*/issue").hasRole("OFFICE")
                .requestMatchers(HttpMethod.PUT, "/api/publications/*").hasRole("OFFICE");
    }
}
