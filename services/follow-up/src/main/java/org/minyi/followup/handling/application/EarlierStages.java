package org.minyi.followup.handling.application;

import java.util.List;

import org.minyi.followup.handling.domain.ReportId;
import org.minyi.followup.handling.domain.StageEntry;

/** When a report was submitted and adopted: learned from other services' announcements, before its handling began. */
public interface EarlierStages {

    /** The stages known, possibly none. */
    List<StageEntry> of(ReportId id);
}
