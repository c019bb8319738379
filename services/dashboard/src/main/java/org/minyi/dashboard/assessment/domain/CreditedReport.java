package org.minyi.dashboard.assessment.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A report that counts as adopted for its authors, township and sectors: adopted itself
 * ({@link Via#DIRECT}), or merged into a composite that was adopted ({@link Via#COMPOSITE}).
 *
 * @param compositeId             for COMPOSITE, the adopted composite; else {@code null}
 * @param compositeTrackingNumber for COMPOSITE, its tracking number ({@code ZH-…})
 * @param sectors                 the sector the report names, else the sectors of its authors
 * @param eventIds                the events that establish the credit: the adoption, and the merge for a constituent
 */
public record CreditedReport(String reportId, String trackingNumber, Via via, String compositeId,
                             String compositeTrackingNumber, LocalDate adoptedOn, String grade, String committee,
                             String township, List<String> sectors, List<String> authors, List<UUID> eventIds) {

    public CreditedReport {
        sectors = List.copyOf(sectors);
        authors = List.copyOf(authors);
        eventIds = List.copyOf(eventIds);
    }

    public enum Via {
        DIRECT, COMPOSITE
    }
}
