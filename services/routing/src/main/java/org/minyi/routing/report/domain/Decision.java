package org.minyi.routing.report.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * One routing decision, kept in the case's history.
 *
 * @param eventId           the id of the decision (and of the ROUTED status change it announces)
 * @param submissionEventId the submission it routed
 * @param sequence          the report's sequence after the decision
 * @param rule              which rule matched
 */
public record Decision(UUID eventId, UUID submissionEventId, int revision, long sequence, String committee,
                       String rule, Instant decidedAt) {
}
