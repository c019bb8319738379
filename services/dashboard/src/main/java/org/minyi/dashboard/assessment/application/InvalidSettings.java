package org.minyi.dashboard.assessment.application;

import java.util.List;

/** Targets or a points table that cannot be set, each problem named. */
public class InvalidSettings extends RuntimeException {

    private final transient List<SettingsProblem> problems;

    public InvalidSettings(List<SettingsProblem> problems) {
        super(problems.size() + " invalid value(s)");
        this.problems = List.copyOf(problems);
    }

    public List<SettingsProblem> problems() {
        return problems;
    }
}
