package org.minyi.review.queue.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The office sent an adopted report to the Party and government leaders: on its own, or in a 《专报》 issue.
 *
 * @param publication the 《专报》 issue that carried it; {@code null} when sent on its own
 * @param leaders     the codes of the leaders it went to, in order
 */
public record ReportSentToLeaders(UUID eventId, ReportId reportId, ReportStatus previousStatus, Grade grade,
                                  PublicationRef publication, List<String> leaders, Actor actor, long sequence,
                                  Instant occurredAt) implements StatusChange {

    public ReportSentToLeaders {
        leaders = List.copyOf(leaders);
    }

    @Override
    public ReportStatus status() {
        return ReportStatus.SENT_TO_LEADERS;
    }
}
