package org.minyi.dashboard.assessment.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A report as submitted: who wrote it and where it comes from, never what it says. A revision
 * replaces the authors and codes; the date stays that of the first submission.
 *
 * @param submittedOn the county's date of the first submission; its year is the year the report counts in
 * @param sector      the sector (界别) the report speaks for, {@code null} when it names none
 * @param topic       the assigned topic (信息反映点), {@code null} for none
 * @param source      how the authors came to know it (RESEARCH 调研 …), {@code null} when not given
 */
public record Submission(String reportId, String trackingNumber, long sequence, LocalDate submittedOn,
                         List<String> authors, String township, String sector, String category, String topic,
                         String source) {

    public Submission {
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(submittedOn, "submittedOn");
        authors = authors == null ? List.of() : List.copyOf(authors);
    }

    public int year() {
        return submittedOn.getYear();
    }
}
