package org.minyi.leadership.inbox.domain;

import java.util.List;

/** The units given to a report (or the instruction's leader or date) break the rules; nothing was changed. */
public class InvalidAssignment extends RuntimeException {

    private final List<AssignmentProblem> problems;

    public InvalidAssignment(List<AssignmentProblem> problems) {
        super("invalid assignment: " + problems.stream().map(AssignmentProblem::field).toList());
        this.problems = List.copyOf(problems);
    }

    public List<AssignmentProblem> problems() {
        return problems;
    }
}
