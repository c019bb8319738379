package org.minyi.routing.report.domain;

import java.util.List;

/**
 * What intake's quality checks found in a submission; routing passes it on to the committee as it is.
 *
 * @param flags rule-of-practice flags (TOO_LONG, MULTIPLE_ISSUES, NO_SECTOR_VIEW, SLOW)
 */
public record Quality(List<String> flags, List<PossibleDuplicate> possibleDuplicates) {

    public Quality {
        flags = flags == null ? List.of() : List.copyOf(flags);
        possibleDuplicates = possibleDuplicates == null ? List.of() : List.copyOf(possibleDuplicates);
    }

    public record PossibleDuplicate(String reportId, String trackingNumber, double similarity) {
    }
}
