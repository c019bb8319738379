package org.minyi.intake.report.domain;

import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 一事一议: whether a report likely raises more than one issue. A heuristic on Chinese text that looks
 * at what the authors present as the issue (title, situation, analysis), never at the suggestions,
 * which may well name several measures for one issue. It says yes when
 * <ul>
 *   <li>the title announces several matters (几点、若干、多个问题…, two 关于, two 问题, two clauses, or two
 *       parts joined by 和/及/与 that belong to different fields);</li>
 *   <li>the text introduces a further problem (此外/另外/还有…存在/反映…问题, 另一个问题, 第二个问题…);</li>
 *   <li>the text spreads over three or more unrelated fields, each named at least twice.</li>
 * </ul>
 * It only warns reviewers; a report is never refused for it.
 */
public final class MultipleIssues {

    private static final Pattern SEVERAL_IN_TITLE = Pattern.compile(
            "几点|若干|几个|几项|多项|多个问题|一些问题|系列问题|几方面|多方面|等方面");
    private static final Pattern ANOTHER_PROBLEM = Pattern.compile(
            "(此外|另外|另一方面|与此同时|同时|还有)[，,、]?[^。；;！？]{0,20}(还|也)(存在|反映|有)[^。；;！？]{0,30}问题"
                    + "|另一个问题|另一问题|第二个问题|还有一个问题|其他问题|再就是");
    private static final Pattern QUESTION = Pattern.compile("问题");
    private static final Pattern ABOUT = Pattern.compile("关于");
    private static final Pattern JOINED = Pattern.compile("以及|和|及|与|并");

    /** Fields of county life and words that name them; a single issue rarely needs three of them. */
    private static final Map<String, List<String>> FIELDS = Map.ofEntries(
            Map.entry("transport", List.of("公交", "客运", "班线", "公路", "道路", "交通", "红绿灯", "停车")),
            Map.entry("education", List.of("学校", "教师", "老师", "教育", "幼儿园", "课程", "校车", "学生")),
            Map.entry("health", List.of("医院", "医生", "卫生院", "卫生室", "医保", "看病", "就医", "急救")),
            Map.entry("elderly", List.of("养老", "敬老院", "失能", "高龄", "幸福院", "老年人")),
            Map.entry("environment", List.of("垃圾", "污染", "污水", "排放", "粪污", "采砂", "河道", "生态")),
            Map.entry("agriculture", List.of("耕地", "农田", "种粮", "化肥", "农资", "灌溉", "撂荒", "养殖")),
            Map.entry("housing", List.of("住房", "危房", "小区", "物业", "电梯", "楼道", "公租房", "交房")),
            Map.entry("employment", List.of("就业", "培训", "务工", "工资", "社保", "岗位", "招聘")),
            Map.entry("water", List.of("供水", "饮水", "自来水", "停水", "水质", "水费")),
            Map.entry("business", List.of("企业", "贷款", "融资", "审批", "工程款", "营商")),
            Map.entry("culture", List.of("旅游", "景区", "文化", "古村落", "书屋", "文物")),
            Map.entry("digital", List.of("网络", "信号", "宽带", "智能手机", "诈骗", "APP")),
            Map.entry("power", List.of("电网", "电压", "充电", "光伏", "用电", "变压器")),
            Map.entry("security", List.of("治安", "盗窃", "赌博", "诈骗", "派出所", "报警")));
    private static final int SPREAD = 3;

    private MultipleIssues() {
    }

    public static boolean likely(ReportContent content) {
        String title = content.title();
        if (SEVERAL_IN_TITLE.matcher(title).find() || count(ABOUT, title) >= 2 || count(QUESTION, title) >= 2
                || title.contains("；") || title.contains(";") || joinsFields(title)) {
            return true;
        }
        String issue = join(content.situation(), content.analysis());
        return ANOTHER_PROBLEM.matcher(issue).find() || fieldsNamed(title + issue) >= SPREAD;
    }

    /** Whether the title joins two parts that name different fields and none in common. */
    static boolean joinsFields(String title) {
        String[] parts = JOINED.split(title);
        for (int i = 0; i + 1 < parts.length; i++) {
            Set<String> before = fieldsOf(parts[i]);
            Set<String> after = fieldsOf(parts[i + 1]);
            if (!before.isEmpty() && !after.isEmpty() && Collections.disjoint(before, after)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> fieldsOf(String text) {
        Set<String> fields = new HashSet<>();
        FIELDS.forEach((field, words) -> {
            if (words.stream().anyMatch(text::contains)) {
                fields.add(field);
            }
        });
        return fields;
    }

    /** How many fields the text names with at least two of their words. */
    static int fieldsNamed(String text) {
        int fields = 0;
        for (List<String> words : FIELDS.values()) {
            int named = 0;
            for (String word : words) {
                if (text.contains(word)) {
                    named++;
                }
            }
            if (named >= 2) {
                fields++;
            }
        }
        return fields;
    }

    private static int count(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        int found = 0;
        while (matcher.find()) {
            found++;
        }
        return found;
    }

    private static String join(String situation, String analysis) {
        return analysis == null ? situation : situation + "\n" + analysis;
    }
}
