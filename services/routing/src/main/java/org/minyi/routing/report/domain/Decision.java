package org.minyi.routing.report.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * One routing decision, kept in the case's history: by the rules, or by the office re-routing.
 *
 * @param eventId           the id of the decision (and of the ROUTED status change it announces)
 * @param submissionEventId the submission it routed
 * @param sequence          the report's sequence after the decision
 * @param rule              the rule that matched ({@code reroute} for the office's decision)
 * @param ruleVersion       the version of the rules that decided; 0 for a re-routing
 * @param previousCommittee where the report was before; {@code null} for a first routing
 * @param reason            the office's reason for a re-routing
 * @param decidedBy         {@code SYSTEM} for the rules, the office's principal for a re-routing
 */
public record Decision(UUID eventId, UUID submissionEventId, int revision, long sequence, String committee,
                       String rule, int ruleVersion, Kind kind, String previousCommittee, String reason,
                       String decidedBy, Instant decidedAt) {

    public static final String REROUTE = "reroute";
    public static final String SYSTEM = "SYSTEM";

    public enum Kind {
        RULES, REROUTE
    }
}
