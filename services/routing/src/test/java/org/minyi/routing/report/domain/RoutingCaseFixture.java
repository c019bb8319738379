package org.minyi.routing.report.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.minyi.routing.rules.domain.Category;
import org.minyi.routing.rules.domain.RoutingInput;
import org.minyi.routing.rules.domain.RuleFixture;
import org.minyi.routing.rules.domain.RuleSet;

/** Submissions and rules for tests, as a county office would have them. */
public final class RoutingCaseFixture {

    public static final Instant NOW = Instant.parse("2026-03-15T08:30:05Z");
    public static final Instant SUBMITTED_AT = Instant.parse("2026-03-15T08:30:00Z");
    public static final ReportId REPORT = new ReportId("0f5b2f4e-6a61-4c1c-9a3e-2d6f0c1b7e21");
    public static final RuleSet RULES = RuleFixture.countyRules(2);
    public static final Quality SLOW = new Quality(List.of("SLOW"),
            List.of(new Quality.PossibleDuplicate("5d1c9e2a-0b7f-4c3e-8a6d-1f2e3d4c5b6a", "SQ-2026-000101", 0.82)));

    /** Routes by the county's rules, as routing does for a report that names no topic. */
    public static final Router ROUTER = submission -> RULES.decide(RoutingInput.of(submission.content().category(),
            submission.content().domain(), submission.content().sector(), submission.content().township(),
            submission.content().topicId(), submission.content().title(), submission.content().situation()), null);

    private RoutingCaseFixture() {
    }

    public static ReportContent content(Category category, String domain) {
        return new ReportContent("关于乡村学校午餐补助标准的建议", category, domain,
                "部分乡村学校午餐补助标准多年未调整。", null, "建议按物价变化建立补助标准动态调整机制。",
                "chengguan", null, List.of("m0001"), null, null, false, null);
    }

    /** The first submission of {@link #REPORT}: revision 1, sequence 1. */
    public static Submission firstSubmission(Category category, String domain) {
        return new Submission(UUID.randomUUID(), REPORT, "SQ-2026-000123", 1, 1, SUBMITTED_AT, "station-chengguan",
                content(category, domain), SLOW);
    }

    /** A revision of {@link #REPORT}, submitted again at {@code sequence}. */
    public static Submission revision(int revision, long sequence, Category category, String domain) {
        return new Submission(UUID.randomUUID(), REPORT, "SQ-2026-000123", revision, sequence,
                SUBMITTED_AT.plusSeconds(3600L * revision), "station-chengguan", content(category, domain), null);
    }

    public static RoutingCase openedBy(Submission submission) {
        return RoutingCase.open(submission, ROUTER, NOW).routingCase();
    }

    public static StatusObservation announced(ReportStatus status, long sequence) {
        return new StatusObservation(UUID.randomUUID(), status, sequence, NOW.plusSeconds(sequence));
    }
}
