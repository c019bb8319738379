package org.minyi.routing.report.domain;

import org.minyi.routing.rules.domain.Assignment;

/** Decides where a submission goes (the rules in force, and the topic it names). */
@FunctionalInterface
public interface Router {

    Assignment assign(Submission submission);
}
