package org.minyi.review.publication.web;

import java.time.LocalDate;
import java.util.List;

import org.minyi.chassis.problem.FieldChecks;
import org.minyi.review.queue.web.LeaderCodes;

/**
 * The body of {@code POST /api/publications/{id}/issue}, optional: {@code {issuedOn, leaders}} — the date (today
 * by default) and, for a 《专报》, the codes of the leaders its reports go to (every county leader by default).
 */
record IssueRequest(LocalDate issuedOn, List<String> leaders) {

    /**
     * The leaders' codes, checked for shape ({@code leaders[i]}); whether each names a leader is the domain's.
     *
     * @throws org.minyi.chassis.problem.InvalidInput naming every malformed code
     */
    List<String> checkedLeaders() {
        FieldChecks checks = new FieldChecks();
        List<String> codes = LeaderCodes.checked(leaders, checks);
        checks.throwIfAny();
        return codes;
    }
}
