package org.minyi.routing.reference.domain;

import java.util.List;

/** What was asked names things that are not so; every bad field is named, nothing was changed. */
public class InvalidInput extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidInput(List<FieldProblem> problems) {
        super("invalid: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
