package org.minyi.dashboard.handling.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.minyi.chassis.export.Workbooks;
import org.minyi.dashboard.handling.domain.Result;
import org.minyi.dashboard.handling.domain.Satisfaction;
import org.minyi.dashboard.handling.domain.Share;
import org.minyi.dashboard.handling.domain.TaskRole;
import org.minyi.dashboard.handling.domain.UnitCounts;
import org.minyi.dashboard.handling.domain.UnitRecord;
import org.minyi.dashboard.handling.domain.UnitTask;
import org.minyi.dashboard.handling.domain.UnitsYear;
import org.minyi.dashboard.reference.domain.HandlingUnit;

/**
 * The year's record as an Excel workbook: sheet 承办单位 with a row per unit (the JSON's figures; rates in
 * percent) and the totals last, sheet 任务明细 with every task counted. Headings in Chinese with English beside.
 */
final class UnitsWorkbook {

    static final List<String> UNIT_HEADERS = List.of("单位代码 Unit", "单位名称 Name", "类别 Kind", "交办任务 Tasks",
            "主办 Lead", "已反馈 Fed back", "按时反馈 On time", "逾期反馈 Late", "按时率% On-time rate %",
            "未办结 Open", "超期 Overdue", "催办 Urged", "A 已解决或采纳 Solved", "B 正在或部分解决 In progress",
            "C 暂不能解决 Not now", "满意 Satisfied", "基本满意 Basically satisfied", "不满意 Unsatisfied",
            "满意率% Satisfaction rate %");
    static final List<String> TASK_HEADERS = List.of("信息编号 Tracking number", "信息ID Report id",
            "单位代码 Unit", "单位名称 Name", "角色 Role", "交办日期 Assigned on", "办理期限 Deadline",
            "首次反馈 First fed back", "按时 On time", "办理结果 Result", "未办结 Open", "超期 Overdue", "催办 Urged",
            "满意度 Satisfaction");

    private UnitsWorkbook() {
    }

    static byte[] of(UnitsYear year) {
        List<List<Object>> units = new ArrayList<>();
        Map<String, HandlingUnit> named = new HashMap<>();
        for (UnitRecord row : year.units()) {
            named.put(row.unit().code(), row.unit());
            units.add(row(row.unit().code(), text(row.unit().name()), kind(row.unit().kind()), row.counts()));
        }
        units.add(row("合计 Total", "", "", year.totals()));
        List<List<Object>> tasks = new ArrayList<>();
        for (UnitTask task : year.tasks()) {
            HandlingUnit unit = named.get(task.unit());
            tasks.add(List.of(text(task.trackingNumber()), task.reportId(), task.unit(),
                    text(unit == null ? null : unit.name()), task.role() == TaskRole.LEAD ? "主办 Lead" : "协办 Support",
                    task.assignedOn().toString(), task.deadline() == null ? "" : task.deadline().toString(),
                    task.firstFeedbackOn() == null ? "" : task.firstFeedbackOn().toString(),
                    !task.fedBack() ? "" : task.onTime() ? "是 Yes" : "否 No",
                    task.result() == null ? "" : task.result().name(), task.open() ? "是 Yes" : "否 No",
                    task.overdue(), task.urged(), satisfaction(task.satisfaction())));
        }
        return Workbooks.of(new Workbooks.Table("承办单位 Units " + year.year(), UNIT_HEADERS, units),
                new Workbooks.Table("任务明细 Tasks", TASK_HEADERS, tasks));
    }

    private static List<Object> row(String code, String name, String kind, UnitCounts c) {
        List<Object> row = new ArrayList<>();
        row.add(code);
        row.add(name);
        row.add(kind);
        row.add(c.tasks());
        row.add(c.lead());
        row.add(c.fedBack());
        row.add(c.onTime());
        row.add(c.late());
        row.add(percent(c.onTimeRate()));
        row.add(c.open());
        row.add(c.overdue());
        row.add(c.urged());
        for (Result result : Result.values()) {
            row.add(c.results().get(result));
        }
        for (Satisfaction rating : Satisfaction.values()) {
            row.add(c.satisfaction().get(rating));
        }
        row.add(percent(c.satisfactionRate()));
        return row;
    }

    /** Two decimals; an empty cell without a whole. */
    private static BigDecimal percent(Share share) {
        return share.whole() == 0 ? null : BigDecimal.valueOf(share.part() * 100L)
                .divide(BigDecimal.valueOf(share.whole()), 2, RoundingMode.HALF_UP);
    }

    private static String kind(String kind) {
        if (kind == null) {
            return "";
        }
        return switch (kind) {
            case "DEPARTMENT" -> "县直部门 Department";
            case "TOWNSHIP" -> "乡镇 Township";
            default -> kind;
        };
    }

    private static String satisfaction(Satisfaction rating) {
        if (rating == null) {
            return "";
        }
        return switch (rating) {
            case SATISFIED -> "满意 Satisfied";
            case BASICALLY_SATISFIED -> "基本满意 Basically satisfied";
            case UNSATISFIED -> "不满意 Unsatisfied";
        };
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
