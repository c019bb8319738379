package org.minyi.dashboard.assessment.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import org.minyi.chassis.audit.AuditRecording;
import org.minyi.chassis.problem.FieldProblem;
import org.minyi.chassis.problem.InvalidInput;
import org.minyi.chassis.security.JwtRoles;
import org.minyi.chassis.web.CorrelationFilter;
import org.minyi.dashboard.assessment.application.AssessingYears;
import org.minyi.dashboard.assessment.application.SettingPointsTable;
import org.minyi.dashboard.assessment.application.SettingTargets;
import org.minyi.dashboard.assessment.domain.GradingScale;
import org.minyi.dashboard.assessment.domain.Level;
import org.minyi.dashboard.assessment.domain.Mode;
import org.minyi.dashboard.assessment.domain.PointsTable;
import org.minyi.dashboard.assessment.domain.Reader;
import org.minyi.dashboard.assessment.domain.Role;
import org.minyi.dashboard.assessment.domain.SplitRule;
import org.minyi.dashboard.assessment.web.AssessmentViews.CommendationsView;
import org.minyi.dashboard.assessment.web.AssessmentViews.DutiesView;
import org.minyi.dashboard.assessment.web.AssessmentViews.PointsView;
import org.minyi.dashboard.assessment.web.AssessmentViews.StandingView;
import org.minyi.dashboard.assessment.web.AssessmentViews.TableView;
import org.minyi.dashboard.assessment.web.AssessmentViews.TargetsView;
import org.minyi.dashboard.reference.domain.UnitKind;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Yearly duties, a member's own standing, targets, points and commendation candidates (README, "Duties", "A
 * member's standing", "Points", "Commendations").
 */
@RestController
@RequestMapping("/api/dashboard")
class AssessmentController {

    /** Member codes as the reference data writes them. */
    private static final Pattern MEMBER_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");

    private final AssessingYears years;
    private final SettingTargets settingTargets;
    private final SettingPointsTable settingTable;

    AssessmentController(AssessingYears years, SettingTargets settingTargets, SettingPointsTable settingTable) {
        this.years = years;
        this.settingTargets = settingTargets;
        this.settingTable = settingTable;
    }

    @GetMapping("/duties/{year}")
    DutiesView duties(@PathVariable int year) {
        return DutiesView.of(years.duties(checked(year)));
    }

    /**
     * One member's standing (我的履职): the member themself (token claim {@code member}), the office and
     * viewers; another member's, or an unknown member's, answers 404.
     */
    @GetMapping("/duties/{year}/members/{member}")
    StandingView standing(@PathVariable int year, @PathVariable String member, @AuthenticationPrincipal Jwt caller) {
        List<FieldProblem> problems = new ArrayList<>();
        if (year < AssessingYears.MIN_YEAR || year > AssessingYears.MAX_YEAR) {
            problems.add(yearProblem());
        }
        if (!MEMBER_CODE.matcher(member).matches()) {
            problems.add(new FieldProblem("member", "bad_code", "委员编号格式无效", "not a valid member code"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        AuditRecording.nameObject("member/" + member + "/" + year);
        Reader reader = new Reader(JwtRoles.of(caller, Role.class, Role.VIEWER, Role.SYSTEM),
                caller.getClaimAsString("member"));
        return StandingView.of(years.standing(year, member, reader));
    }

    @GetMapping("/targets/{year}")
    TargetsView targets(@PathVariable int year) {
        return TargetsView.of(years.targets(checked(year)));
    }

    @PutMapping("/targets/{year}")
    TargetsView setTargets(@PathVariable int year, @RequestBody TargetsRequest body, @AuthenticationPrincipal Jwt caller,
                           HttpServletRequest request) {
        checked(year);
        Map<UnitKind, Map<String, Integer>> targets = new EnumMap<>(UnitKind.class);
        targets.put(UnitKind.COMMITTEE, orEmpty(body.committees()));
        targets.put(UnitKind.STATION, orEmpty(body.stations()));
        targets.put(UnitKind.SECTOR, orEmpty(body.sectors()));
        GradingScale grading = null;
        if (body.grading() != null) {
            TargetsRequest.Grading given = body.grading();
            try {
                grading = new GradingScale(given.excellent() == null ? GradingScale.DEFAULT.excellent() : given.excellent(),
                        given.good() == null ? GradingScale.DEFAULT.good() : given.good(),
                        given.basic() == null ? GradingScale.DEFAULT.basic() : given.basic());
            } catch (IllegalArgumentException e) {
                throw new InvalidInput(new FieldProblem("grading", "bad_value",
                        "评级阈值须满足 1 ≤ basic ≤ good ≤ excellent ≤ 1000", e.getMessage()));
            }
        }
        return TargetsView.of(settingTargets.set(year, targets, grading, caller.getSubject(),
                CorrelationFilter.given(request)));
    }

    @GetMapping("/points/{year}")
    PointsView points(@PathVariable int year) {
        return PointsView.of(years.ledger(checked(year)));
    }

    @GetMapping("/points-table/{year}")
    TableView table(@PathVariable int year) {
        return TableView.of(years.table(checked(year)));
    }

    @PutMapping("/points-table/{year}")
    TableView setTable(@PathVariable int year, @RequestBody PointsTableRequest body, @AuthenticationPrincipal Jwt caller,
                       HttpServletRequest request) {
        PointsTable defaults = PointsTable.defaults(checked(year));
        List<FieldProblem> problems = new ArrayList<>();
        BigDecimal county = points("countyAdoption", body.countyAdoption(), defaults.countyAdoption(), problems);
        BigDecimal special = points("specialPublication", body.specialPublication(), defaults.specialPublication(),
                problems);
        Map<Level, Map<Mode, BigDecimal>> upstream = new EnumMap<>(Level.class);
        if (body.upstream() != null && body.upstream().containsKey(Level.COUNTY)) {
            problems.add(new FieldProblem("upstream.COUNTY", "bad_value", "上级采用没有县级", "no COUNTY level upstream"));
        }
        defaults.upstream().forEach((level, byMode) -> {
            Map<Mode, BigDecimal> given = body.upstream() == null ? null : body.upstream().get(level);
            Map<Mode, BigDecimal> points = new LinkedHashMap<>();
            byMode.forEach((mode, fallback) -> points.put(mode, points("upstream." + level + "." + mode,
                    given == null ? null : given.get(mode), fallback, problems)));
            upstream.put(level, points);
        });
        Map<Level, BigDecimal> instruction = new EnumMap<>(Level.class);
        defaults.instruction().forEach((level, fallback) -> instruction.put(level, points("instruction." + level,
                body.instruction() == null ? null : body.instruction().get(level), fallback, problems)));
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        PointsTable table = new PointsTable(year, county, special, upstream, instruction,
                body.split() == null ? SplitRule.WHOEVER_WRITES : body.split());
        return TableView.of(settingTable.set(table, caller.getSubject(), CorrelationFilter.given(request)));
    }

    @GetMapping("/commendations/{year}")
    CommendationsView commendations(@PathVariable int year, @RequestParam(defaultValue = "10") int limit) {
        return CommendationsView.of(years.commendations(checked(year), limit));
    }

    static int checked(int year) {
        if (year < AssessingYears.MIN_YEAR || year > AssessingYears.MAX_YEAR) {
            throw new InvalidInput(yearProblem());
        }
        return year;
    }

    private static FieldProblem yearProblem() {
        return new FieldProblem("year", "bad_value",
                "年度须在 " + AssessingYears.MIN_YEAR + " 至 " + AssessingYears.MAX_YEAR + " 之间",
                "year must be from " + AssessingYears.MIN_YEAR + " to " + AssessingYears.MAX_YEAR);
    }

    private static Map<String, Integer> orEmpty(Map<String, Integer> targets) {
        return targets == null ? Map.of() : new LinkedHashMap<>(targets);
    }

    private static BigDecimal points(String field, BigDecimal given, BigDecimal fallback, List<FieldProblem> problems) {
        if (given == null) {
            return fallback;
        }
        if (given.signum() < 0 || given.compareTo(BigDecimal.valueOf(1000)) > 0
                || given.stripTrailingZeros().scale() > 2) {
            problems.add(new FieldProblem(field, "bad_value", "分值须为 0 至 1000，最多两位小数",
                    "points must be from 0 to 1000 with at most two decimals"));
            return fallback;
        }
        return given;
    }
}
