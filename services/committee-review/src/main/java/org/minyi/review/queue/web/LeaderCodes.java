package org.minyi.review.queue.web;

import java.util.ArrayList;
import java.util.List;

import org.minyi.chassis.problem.FieldChecks;

/**
 * The {@code leaders} a request names (sending to the leaders, issuing a 《专报》): codes of the reference data,
 * each checked for shape as {@code leaders[i]}; whether each names a leader is the domain's.
 */
public final class LeaderCodes {

    private LeaderCodes() {
    }

    /** @return the codes as given, stripped; {@code null} when none were given */
    public static List<String> checked(List<String> leaders, FieldChecks checks) {
        if (leaders == null) {
            return null;
        }
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < leaders.size(); i++) {
            codes.add(checks.code("leaders[" + i + "]", "领导代码", leaders.get(i), true));
        }
        return codes;
    }
}
