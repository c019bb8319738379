package org.minyi.events.leadership;

import java.util.List;

import org.minyi.events.intake.Category;

/** What follow-up needs to know of the report it is to handle: codes and title, no body. */
public record ReportContext(
        String trackingNumber,
        String title,
        Category category,
        String township,
        String committee,
        List<String> authors,
        boolean urgent) {
}
