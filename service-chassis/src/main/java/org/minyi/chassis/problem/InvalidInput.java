package org.minyi.chassis.problem;

import java.util.List;

/** A request (body, parameters or headers) with one or more bad fields: answered 400, nothing changed. */
public class InvalidInput extends RuntimeException {

    private final transient List<FieldProblem> problems;

    public InvalidInput(List<FieldProblem> problems) {
        super(problems.size() + " invalid field(s): "
                + String.join(", ", problems.stream().map(p -> p.field() + ":" + p.code()).toList()));
        this.problems = List.copyOf(problems);
    }

    public InvalidInput(FieldProblem problem) {
        this(List.of(problem));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
