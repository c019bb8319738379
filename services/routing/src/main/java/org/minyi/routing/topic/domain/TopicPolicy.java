package org.minyi.routing.topic.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.minyi.routing.reference.domain.CountyCodes;
import org.minyi.routing.reference.domain.FieldProblem;
import org.minyi.routing.reference.domain.Texts;

/**
 * What a new topic must be: a title of at most 60 characters, a quarter like {@code 2026Q2}, one to ten
 * committees of the reference data without repeats (not the office's queue), a deadline not in the
 * past, and — when the office chooses the code — a code stations can type.
 */
public final class TopicPolicy {

    public static final int TITLE_MAX = 60;
    public static final int DESCRIPTION_MAX = 1000;
    public static final int COMMITTEES_MAX = 10;
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})Q([1-4])");

    private TopicPolicy() {
    }

    /** Whether {@code quarter} reads like {@code 2026Q2}. */
    public static boolean isQuarter(String quarter) {
        return quarter != null && QUARTER.matcher(quarter).matches();
    }

    public static List<FieldProblem> check(String code, String title, String description, String quarter,
                                           List<String> committees, LocalDate deadline, LocalDate today,
                                           CountyCodes codes) {
        List<FieldProblem> problems = new ArrayList<>();
        if (code != null && !Texts.isCode(code)) {
            problems.add(FieldProblem.badCode("code", "信息反映点"));
        }
        if (title == null || title.isEmpty()) {
            problems.add(FieldProblem.required("title", "标题"));
        } else if (Texts.length(title) > TITLE_MAX) {
            problems.add(FieldProblem.tooLong("title", "标题", TITLE_MAX));
        } else if (Texts.hasControlCharacters(title)) {
            problems.add(new FieldProblem("title", "bad_text", "标题不能含有换行或控制字符",
                    "title cannot contain line breaks or control characters"));
        }
        if (Texts.length(description) > DESCRIPTION_MAX) {
            problems.add(FieldProblem.tooLong("description", "说明", DESCRIPTION_MAX));
        } else if (Texts.hasControlCharactersBesidesLineBreaks(description)) {
            problems.add(FieldProblem.badText("description", "说明"));
        }
        if (quarter == null || quarter.isEmpty()) {
            problems.add(FieldProblem.required("quarter", "季度"));
        } else if (!QUARTER.matcher(quarter).matches()) {
            problems.add(new FieldProblem("quarter", "bad_value", "季度格式应为 2026Q2", "quarter is like 2026Q2"));
        }
        if (committees == null || committees.isEmpty()) {
            problems.add(FieldProblem.required("committees", "承接专委会"));
        } else {
            if (committees.size() > COMMITTEES_MAX) {
                problems.add(new FieldProblem("committees", "too_many", "承接专委会不能超过" + COMMITTEES_MAX + "个",
                        "at most " + COMMITTEES_MAX + " committees"));
            }
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < committees.size(); i++) {
                String committee = committees.get(i);
                String field = "committees[" + i + "]";
                if (committee == null || !codes.committees().contains(committee)) {
                    problems.add(FieldProblem.unknownCode(field, "专委会", committee));
                } else if (!seen.add(committee)) {
                    problems.add(new FieldProblem(field, "duplicate", "专委会重复：" + committee,
                            "committee listed twice: " + committee));
                }
            }
        }
        if (deadline == null) {
            problems.add(FieldProblem.required("deadline", "截止日期"));
        } else if (deadline.isBefore(today)) {
            problems.add(new FieldProblem("deadline", "in_past", "截止日期不能早于今天",
                    "deadline cannot be before today (" + today + ")"));
        }
        return problems;
    }
}
