package org.minyi.chassis.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A service's role matrix: which roles may call which of its endpoints. The chassis puts it between
 * what every service allows (health, API documents, the office's audit trail) and the rule that
 * refuses everything else. Which object a caller may see is decided in the service's queries, not here.
 */
@FunctionalInterface
public interface AccessRules {

    void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests);

    /** Anything more the service's responses need (say, the headers of its own pages). */
    default void configure(HttpSecurity http) throws Exception {
    }
}
