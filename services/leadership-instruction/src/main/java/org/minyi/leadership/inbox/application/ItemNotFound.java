package org.minyi.leadership.inbox.application;

import org.minyi.leadership.inbox.domain.ReportId;

/** No such report in the inbox, or none the caller may see: the two are not told apart. */
public class ItemNotFound extends RuntimeException {

    public ItemNotFound(ReportId id) {
        super("report " + id + " not found");
    }
}
