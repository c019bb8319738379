package org.minyi.review.queue.application;

import java.util.List;

/** A command that is well-formed but names something that does not hold; every bad field is named. */
public class InvalidCommand extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidCommand(List<FieldProblem> problems) {
        super("invalid command: " + problems);
        this.problems = List.copyOf(problems);
    }

    public InvalidCommand(FieldProblem problem) {
        this(List.of(problem));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
