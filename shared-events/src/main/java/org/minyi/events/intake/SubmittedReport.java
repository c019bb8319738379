package org.minyi.events.intake;

import java.time.LocalDate;
import java.util.List;

/**
 * The content of a report as its authors submitted it. Internal: it travels between services only,
 * never on {@code report-status}.
 *
 * @param analysis   问题, optional
 * @param sector     界别 code, optional
 * @param authors    member codes, possibly empty for a station's own report
 * @param onBehalfOf optional
 * @param topicId    assigned topic (信息反映点), optional
 * @param occurredOn when the reported matter happened, optional
 * @param source     调研, 视察, 协商座谈, 恳谈会 or 日常走访; optional, absent in events written before it was asked
 */
public record SubmittedReport(
        String title,
        Category category,
        String domain,
        String situation,
        String analysis,
        String suggestions,
        String township,
        String sector,
        List<String> authors,
        OnBehalfOf onBehalfOf,
        String topicId,
        boolean urgent,
        LocalDate occurredOn,
        Source source) {

    /** A report whose source is not known (routing and review pass the content on without it). */
    public SubmittedReport(String title, Category category, String domain, String situation, String analysis,
                           String suggestions, String township, String sector, List<String> authors,
                           OnBehalfOf onBehalfOf, String topicId, boolean urgent, LocalDate occurredOn) {
        this(title, category, domain, situation, analysis, suggestions, township, sector, authors, onBehalfOf,
                topicId, urgent, occurredOn, null);
    }
}
