package org.minyi.followup.journey.domain;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Who is told of new work on a report (work notices, beside the notices to its authors): a committee's
 * reviewers ({@code reviewer-<committee>}) of a report routed to their queue, the office ({@code office})
 * of one in its triage queue; each leader a report was sent to ({@code leader-<code>}) and the leaders'
 * secretariat ({@code leader}); the office and the committee's reviewers of a report past the committee's
 * review time limit.
 */
public final class WorkNoticePolicy {

    /** The committee code of the office's triage queue (routing's, when no rule matched). */
    public static final String TRIAGE_QUEUE = "OFFICE";
    static final String OFFICE = "office";
    static final String SECRETARIAT = "leader";

    private WorkNoticePolicy() {
    }

    /** Who works the queue of {@code committee}: its reviewers, or the office for its triage queue. */
    public static Set<String> queue(String committee) {
        return Set.of(TRIAGE_QUEUE.equals(committee) ? OFFICE : "reviewer-" + committee);
    }

    /** Each leader named, then the secretariat, each once. */
    public static Set<String> leaders(List<String> codes) {
        Set<String> recipients = new LinkedHashSet<>();
        codes.stream().filter(code -> code != null && !code.isBlank()).forEach(code -> recipients.add("leader-" + code));
        recipients.add(SECRETARIAT);
        return recipients;
    }

    /** The office, and the reviewers of the committee whose queue holds the report (when it is not the office's). */
    public static Set<String> reviewOverdue(String committee) {
        Set<String> recipients = new LinkedHashSet<>();
        recipients.add(OFFICE);
        if (committee != null && !committee.isBlank()) {
            recipients.addAll(queue(committee));
        }
        return recipients;
    }
}
