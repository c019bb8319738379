package org.minyi.leadership.inbox.domain;

/** A decision that is also a status change of the report: who took it, and from which status. */
public sealed interface StatusStep extends InboxEvent permits InstructionIssued, ReportForwarded, ReportArchived {

    ReportStatus status();

    /** The report's status as last known before this step. */
    ReportStatus previousStatus();

    Role actorRole();

    /** The acting principal, e.g. {@code leader-county-head}, {@code leader} (the secretariat), {@code office}. */
    String actor();
}
