package org.minyi.followup.journey.domain;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Who hears of a report's status, and of which: its authors ({@code member-<code>}), its township's
 * station ({@code station-<township>}) and whoever submitted it, of every change but the submission
 * itself (they made it). HANDLED asks them to rate the handling.
 */
public final class NoticePolicy {

    private NoticePolicy() {
    }

    public static boolean notifies(ReportStatus status) {
        return status != ReportStatus.SUBMITTED;
    }

    public static NoticeKind kindOf(ReportStatus status) {
        return status == ReportStatus.HANDLED ? NoticeKind.RATING_REQUESTED : NoticeKind.STATUS_CHANGED;
    }

    /** The principals concerned, in a stable order, each once. */
    public static Set<String> audience(List<String> authors, String township, String submittedBy) {
        Set<String> audience = new LinkedHashSet<>();
        authors.forEach(author -> audience.add("member-" + author));
        if (township != null) {
            audience.add("station-" + township);
        }
        if (submittedBy != null && !submittedBy.isBlank()) {
            audience.add(submittedBy);
        }
        return audience;
    }
}
