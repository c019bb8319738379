package org.minyi.dashboard.assessment.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.minyi.dashboard.assessment.domain.GradingScale;
import org.minyi.dashboard.assessment.domain.TargetSheet;
import org.minyi.dashboard.assessment.domain.TargetSheets;
import org.minyi.dashboard.reference.domain.Roster;
import org.minyi.dashboard.reference.domain.Rosters;
import org.minyi.dashboard.reference.domain.UnitKind;

/** The office sets a year's targets: every code must be a known unit, every target a whole number from 0. */
public final class SettingTargets {

    public static final int MAX_TARGET = 100_000;

    private final TargetSheets sheets;
    private final Rosters rosters;
    private final Clock clock;

    public SettingTargets(TargetSheets sheets, Rosters rosters, Clock clock) {
        this.sheets = sheets;
        this.rosters = rosters;
        this.clock = clock;
    }

    /**
     * @param targets by kind, then unit code
     * @param grading {@code null} for the default scale
     * @throws InvalidSettings naming each unknown code or bad number
     */
    public TargetSheet set(int year, Map<UnitKind, Map<String, Integer>> targets, GradingScale grading, String by,
                           String correlationId) {
        List<SettingsProblem> problems = new ArrayList<>();
        Roster roster = rosters.current();
        targets.forEach((kind, byCode) -> byCode.forEach((code, target) -> {
            String field = field(kind) + "." + code;
            if (!roster.knows(kind, code)) {
                problems.add(new SettingsProblem(field, "未知的单位代码：" + code, "unknown code: " + code));
            } else if (target == null || target < 0 || target > MAX_TARGET) {
                problems.add(new SettingsProblem(field, "目标须为 0 至 " + MAX_TARGET + " 的整数",
                        "a target is a whole number from 0 to " + MAX_TARGET));
            }
        }));
        if (!problems.isEmpty()) {
            throw new InvalidSettings(problems);
        }
        TargetSheet sheet = new TargetSheet(year, targets, grading == null ? GradingScale.DEFAULT : grading);
        sheets.put(sheet, by, clock.instant(), correlationId);
        return sheet;
    }

    /** The name of a kind's map in the request body. */
    public static String field(UnitKind kind) {
        return switch (kind) {
            case COMMITTEE -> "committees";
            case STATION -> "stations";
            case SECTOR -> "sectors";
        };
    }
}
