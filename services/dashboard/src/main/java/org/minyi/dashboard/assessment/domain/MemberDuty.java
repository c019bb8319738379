package org.minyi.dashboard.assessment.domain;

import java.util.List;

/**
 * One member's year: reports submitted (first submitted that year, as author or co-author), reports
 * credited as adopted that year, and the year before's count for the talk list.
 *
 * @param name {@code null} for an author the roster does not know
 */
public record MemberDuty(String code, String name, String nameEn, String sector, String township, long submitted,
                         long adopted, long adoptedYearBefore, List<CreditedReport> reports) {

    public MemberDuty {
        reports = List.copyOf(reports);
    }
}
