package org.minyi.review.queue.web;

import java.util.List;

import org.minyi.chassis.problem.FieldChecks;

/**
 * The body of {@code POST /api/review/reports/{id}/send-to-leaders}, optional: {@code {leaders: [codes]}} — the
 * leaders the report goes to; absent or empty, every county leader of the reference data.
 */
record SendToLeadersRequest(List<String> leaders) {

    /**
     * The codes, checked for shape; whether each names a leader is the domain's.
     *
     * @throws org.minyi.chassis.problem.InvalidInput naming every malformed {@code leaders[i]}
     */
    List<String> checkedLeaders() {
        FieldChecks checks = new FieldChecks();
        List<String> codes = LeaderCodes.checked(leaders, checks);
        checks.throwIfAny();
        return codes;
    }
}
