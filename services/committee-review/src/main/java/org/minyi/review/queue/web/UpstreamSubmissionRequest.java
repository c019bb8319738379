package org.minyi.review.queue.web;

import java.time.LocalDate;

import org.minyi.chassis.problem.FieldChecks;
import org.minyi.review.queue.domain.UpstreamAdoption;

/**
 * The body of {@code POST /api/review/reports/{id}/upstream-submissions}:
 * {@code {level: CITY|PROVINCE|NATIONAL, submittedOn, channel}}.
 */
record UpstreamSubmissionRequest(UpstreamAdoption.Level level, LocalDate submittedOn, String channel) {

    static final int CHANNEL_MAX = 50;

    /** @throws org.minyi.chassis.problem.InvalidInput naming every bad field */
    Checked checked() {
        FieldChecks checks = new FieldChecks();
        checks.required("level", "报送层级", level);
        checks.required("submittedOn", "报送日期", submittedOn);
        String way = checks.line("channel", "报送渠道", channel, true, CHANNEL_MAX);
        checks.throwIfAny();
        return new Checked(level, submittedOn, way);
    }

    static UpstreamSubmissionRequest missingBody() {
        return new UpstreamSubmissionRequest(null, null, null);
    }

    record Checked(UpstreamAdoption.Level level, LocalDate submittedOn, String channel) {
    }
}
