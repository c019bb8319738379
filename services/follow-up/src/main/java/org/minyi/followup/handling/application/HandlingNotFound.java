package org.minyi.followup.handling.application;

import org.minyi.followup.handling.domain.ReportId;

/** No handling for this report, or none the caller may see: the two are not told apart. */
public class HandlingNotFound extends RuntimeException {

    public HandlingNotFound(ReportId id) {
        super("no handling of report " + id);
    }
}
