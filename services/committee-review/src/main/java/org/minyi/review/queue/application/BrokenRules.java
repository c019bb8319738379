package org.minyi.review.queue.application;

import java.util.ArrayList;
import java.util.List;

import org.minyi.chassis.problem.FieldProblem;
import org.minyi.chassis.problem.InvalidInput;
import org.minyi.review.queue.domain.BrokenRule;

/** The rules a request breaks, answered as bad input together with what was wrong with its shape. */
public final class BrokenRules {

    private BrokenRules() {
    }

    /**
     * @param found  what is wrong with the request already (its shape, found when it was read)
     * @param broken the domain rules it breaks
     * @throws InvalidInput naming every problem, when there is any
     */
    public static void throwIfAny(List<FieldProblem> found, List<BrokenRule> broken) {
        if (found.isEmpty() && broken.isEmpty()) {
            return;
        }
        List<FieldProblem> all = new ArrayList<>(found);
        broken.forEach(rule -> all.add(new FieldProblem(rule.field(), rule.code(), rule.messageZh(), rule.message())));
        throw new InvalidInput(all);
    }
}
