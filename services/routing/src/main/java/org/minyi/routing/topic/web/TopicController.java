package org.minyi.routing.topic.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.minyi.chassis.web.Paging;
import org.minyi.routing.topic.application.FindingTopics;
import org.minyi.routing.topic.application.RecordingTopics;
import org.minyi.routing.topic.domain.Coverage;
import org.minyi.routing.topic.domain.Topic;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST|GET /api/topics}: assigned topics (信息反映点). The office records them; everyone who
 * reports reads them; the office and dashboards (VIEWER) also see how well each is covered.
 */
@RestController
@RequestMapping("/api/topics")
class TopicController {

    private final RecordingTopics recording;
    private final FindingTopics finding;

    TopicController(RecordingTopics recording, FindingTopics finding) {
        this.recording = recording;
        this.finding = finding;
    }

    @PostMapping
    ResponseEntity<TopicView> record(@RequestBody TopicBody body, @AuthenticationPrincipal Jwt jwt) {
        Topic topic = recording.record(new RecordingTopics.NewTopic(body.code(), body.title(), body.description(),
                body.quarter(), body.committees(), body.deadline()), jwt.getSubject());
        return ResponseEntity.created(URI.create("/api/topics/" + topic.id()))
                .body(TopicView.of(topic, Coverage.NONE, finding.today(), true));
    }

    @PutMapping("/{id}")
    TopicView edit(@PathVariable String id, @RequestBody EditBody body, @AuthenticationPrincipal Jwt jwt) {
        recording.edit(id, new RecordingTopics.EditedTopic(body.title(), body.description(), body.committees(),
                body.deadline()), jwt.getSubject());
        return get(id, jwt);
    }

    @PostMapping("/{id}/close")
    TopicView close(@PathVariable String id, @AuthenticationPrincipal Jwt jwt) {
        recording.close(id, jwt.getSubject());
        return get(id, jwt);
    }

    @GetMapping
    Paging.Page<TopicView> list(@RequestParam(required = false) String quarter,
                                @RequestParam(defaultValue = "false") boolean open,
                                @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
                                @AuthenticationPrincipal Jwt jwt) {
        Paging paging = Paging.of(page, size);
        FindingTopics.Listed listed = finding.list(quarter, open, paging.page(), paging.size());
        LocalDate today = finding.today();
        boolean counts = seesCoverage(jwt);
        return new Paging.Page<>(listed.page().items().stream().map(t -> TopicView.of(t,
                listed.coverage().getOrDefault(t.id(), Coverage.NONE), today, counts)).toList(),
                listed.page().page(), listed.page().size(), listed.page().total());
    }

    @GetMapping("/{id}")
    TopicView get(@PathVariable String id, @AuthenticationPrincipal Jwt jwt) {
        FindingTopics.Covered found = finding.get(id);
        return TopicView.of(found.topic(), found.coverage(), found.breakdown(), finding.today(), seesCoverage(jwt));
    }

    private static boolean seesCoverage(Jwt jwt) {
        List<String> roles = jwt.getClaimAsStringList("roles");
        return roles != null && (roles.contains("OFFICE") || roles.contains("VIEWER"));
    }

    /** The office's description of a topic; without a {@code code} the topic is numbered in its quarter. */
    record TopicBody(String code, String title, String description, String quarter, List<String> committees,
                     LocalDate deadline) {
    }

    /** The office's new wording of an open topic; code and quarter stay as they are. */
    record EditBody(String title, String description, List<String> committees, LocalDate deadline) {
    }

    /**
     * @param coverage for the office and dashboards only ({@code null} for others); per committee and township
     *                 on one topic's own read only
     * @param closedOn the day the office closed it, {@code null} unless closed
     */
    record TopicView(String id, String title, String description, String quarter, List<String> committees,
                     LocalDate deadline, boolean open, LocalDate closedOn, String closedBy, Instant createdAt,
                     String createdBy, Instant updatedAt, String updatedBy, CoverageView coverage) {

        static TopicView of(Topic t, Coverage coverage, LocalDate today, boolean withCoverage) {
            return of(t, coverage, null, today, withCoverage);
        }

        static TopicView of(Topic t, Coverage coverage, Coverage.Breakdown breakdown, LocalDate today,
                            boolean withCoverage) {
            return new TopicView(t.id(), t.title(), t.description(), t.quarter(), t.committees(), t.deadline(),
                    t.isOpenOn(today), t.closedOn(), t.closedBy(), t.createdAt(), t.createdBy(), t.updatedAt(),
                    t.updatedBy(), withCoverage ? CoverageView.of(coverage, breakdown) : null);
        }
    }

    /** @param byCommittee and {@code byTownship}: {@code null} in lists */
    record CoverageView(long reports, long adopted, Map<String, Counted> byCommittee, Map<String, Counted> byTownship) {

        static CoverageView of(Coverage coverage, Coverage.Breakdown breakdown) {
            return new CoverageView(coverage.reports(), coverage.adopted(),
                    breakdown == null ? null : counted(breakdown.byCommittee()),
                    breakdown == null ? null : counted(breakdown.byTownship()));
        }

        private static Map<String, Counted> counted(Map<String, Coverage> counts) {
            Map<String, Counted> out = new LinkedHashMap<>();
            counts.forEach((key, c) -> out.put(key, new Counted(c.reports(), c.adopted())));
            return out;
        }
    }

    record Counted(long reports, long adopted) {
    }
}
