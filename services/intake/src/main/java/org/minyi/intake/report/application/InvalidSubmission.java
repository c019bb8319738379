package org.minyi.intake.report.application;

import java.util.List;

/** The content names things that do not exist; nothing was stored. */
public class InvalidSubmission extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidSubmission(List<FieldProblem> problems) {
        super("invalid submission: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
