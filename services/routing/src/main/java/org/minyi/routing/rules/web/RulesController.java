package org.minyi.routing.rules.web;

import java.time.Instant;
import java.util.List;

import org.minyi.chassis.audit.AuditRecording;
import org.minyi.routing.rules.application.ManagingRules;
import org.minyi.routing.rules.domain.Category;
import org.minyi.routing.rules.domain.Rule;
import org.minyi.routing.rules.domain.RuleSet;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET|PUT /api/routing/rules}: the rules in force, replaced by the office as a new version;
 * {@code GET /api/routing/rules/versions[/{version}]}: every version since the first. The audit trail
 * names a version as {@code rules/<version>}.
 */
@RestController
@RequestMapping("/api/routing/rules")
class RulesController {

    private final ManagingRules rules;

    RulesController(ManagingRules rules) {
        this.rules = rules;
    }

    @GetMapping
    ResponseEntity<RulesView> inForce() {
        RuleSet current = rules.current();
        return ResponseEntity.ok().eTag("\"" + current.version() + "\"").body(RulesView.of(current));
    }

    @PutMapping
    ResponseEntity<RulesView> replace(@RequestBody Replacement body, @AuthenticationPrincipal Jwt jwt) {
        List<Rule> proposed = body.rules() == null ? null : body.rules().stream()
                .map(r -> r == null ? null : new Rule(r.id(), r.description(), r.committee(), r.categories(),
                        r.domains(), r.sectors(), r.townships(), r.topics(), r.keywords()))
                .toList();
        RuleSet replaced = rules.replace(proposed, body.basedOn(), jwt.getSubject());
        AuditRecording.nameObject(object(replaced.version()));
        return ResponseEntity.ok().eTag("\"" + replaced.version() + "\"").body(RulesView.of(replaced));
    }

    @GetMapping("/versions")
    List<VersionView> versions() {
        return rules.history().stream().map(VersionView::of).toList();
    }

    @GetMapping("/versions/{version}")
    RulesView version(@PathVariable int version) {
        AuditRecording.nameObject(object(version));
        return RulesView.of(rules.version(version));
    }

    private static String object(int version) {
        return "rules/" + version;
    }

    /**
     * @param basedOn the version the office edited (optional): a change based on an older version is
     *                refused with 409, so that nobody overwrites a change they have not seen
     */
    record Replacement(Integer basedOn, List<RuleBody> rules) {
    }

    /** A rule as the office writes it; lists left out ask nothing. */
    record RuleBody(String id, String description, String committee, List<Category> categories,
                    List<String> domains, List<String> sectors, List<String> townships, List<String> topics,
                    List<String> keywords) {

        static RuleBody of(Rule r) {
            return new RuleBody(r.id(), r.description(), r.committee(), r.categories(), r.domains(), r.sectors(),
                    r.townships(), r.topics(), r.keywords());
        }
    }

    record RulesView(int version, Instant updatedAt, String updatedBy, List<RuleBody> rules) {

        static RulesView of(RuleSet set) {
            return new RulesView(set.version(), set.updatedAt(), set.updatedBy(),
                    set.rules().stream().map(RuleBody::of).toList());
        }
    }

    record VersionView(int version, Instant updatedAt, String updatedBy, int rules) {

        static VersionView of(RuleSet set) {
            return new VersionView(set.version(), set.updatedAt(), set.updatedBy(), set.rules().size());
        }
    }
}
