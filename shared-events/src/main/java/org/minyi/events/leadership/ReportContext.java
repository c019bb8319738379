package org.minyi.events.leadership;

import java.util.List;

import org.minyi.events.intake.Category;

/**
 * The report a handling unit is to act on, as it was when the units were assigned: its codes, title
 * and text (情况, 问题, 建议), so that the unit reads what it handles without asking intake.
 *
 * @param analysis {@code null} when the report has none
 */
public record ReportContext(
        String trackingNumber,
        String title,
        Category category,
        String township,
        String committee,
        List<String> authors,
        boolean urgent,
        String situation,
        String analysis,
        String suggestions) {

    /** A context without the report's text (events from before it was added, and tests). */
    public ReportContext(String trackingNumber, String title, Category category, String township, String committee,
                         List<String> authors, boolean urgent) {
        this(trackingNumber, title, category, township, committee, authors, urgent, null, null, null);
    }
}
