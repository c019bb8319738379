package org.minyi.review.queue.application;

import org.minyi.review.queue.domain.ReportId;

/** No such review item, or none the caller may see: the two are not told apart. */
public class ReportNotFound extends RuntimeException {

    public ReportNotFound(ReportId id) {
        super("report " + id + " not found in any queue you may see");
    }
}
