package org.minyi.routing.rules.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.minyi.routing.rules.domain.RoutingPolicy;
import org.minyi.routing.rules.domain.RoutingRules;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/routing/rules}: the routing tables in force. */
@RestController
@RequestMapping("/api/routing/rules")
class RulesController {

    private final RoutingPolicy policy;

    RulesController(RoutingPolicy policy) {
        this.policy = policy;
    }

    @GetMapping
    RulesView rules() {
        return RulesView.of(policy.rules());
    }

    /**
     * @param domains    domain code → committee code
     * @param categories category → committee code, used when the domain has no entry
     */
    record RulesView(Map<String, String> domains, Map<String, String> categories, String defaultCommittee) {

        static RulesView of(RoutingRules rules) {
            Map<String, String> categories = new LinkedHashMap<>();
            rules.categories().forEach((category, committee) -> categories.put(category.name(), committee));
            return new RulesView(rules.domains(), categories, rules.defaultCommittee());
        }
    }
}
