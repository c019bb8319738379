package org.minyi.review.queue.web;

import java.util.List;

import org.minyi.review.queue.application.FieldProblem;

/** The request is malformed; every bad field is named. */
public class InvalidRequest extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidRequest(List<FieldProblem> problems) {
        super("invalid request: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
