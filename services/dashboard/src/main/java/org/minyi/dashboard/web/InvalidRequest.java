package org.minyi.dashboard.web;

import java.util.List;

/** Request parameters that cannot be used, each named. */
public class InvalidRequest extends RuntimeException {

    private final transient List<FieldProblem> problems;

    public InvalidRequest(List<FieldProblem> problems) {
        super(problems.size() + " invalid parameter(s)");
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
