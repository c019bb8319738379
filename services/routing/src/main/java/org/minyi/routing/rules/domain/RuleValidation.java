package org.minyi.routing.rules.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.minyi.routing.reference.domain.CountyCodes;
import org.minyi.routing.reference.domain.FieldProblem;
import org.minyi.routing.reference.domain.Texts;

/**
 * What makes a rule set one the office may put in force: ids that are codes, unique and not reserved;
 * committees of the reference data (or OFFICE); domains, sectors and townships of the reference data;
 * topic codes of the right form; short keywords; no rule after one that takes everything (it could
 * never match). Every problem is named with its place, e.g. {@code rules[3].domains[1]}.
 */
public final class RuleValidation {

    public static final int MAX_RULES = 500;
    public static final int MAX_KEYWORDS = 50;
    public static final int KEYWORD_MAX = 30;
    public static final int DESCRIPTION_MAX = 200;
    private static final Pattern RULE_ID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");
    private static final Set<String> RESERVED = Set.of(RuleSet.NO_MATCH, "reroute", "topic", "topic-unknown");

    private RuleValidation() {
    }

    public static List<FieldProblem> check(List<Rule> rules, CountyCodes codes) {
        List<FieldProblem> problems = new ArrayList<>();
        if (rules == null) {
            problems.add(FieldProblem.required("rules", "规则"));
            return problems;
        }
        if (rules.size() > MAX_RULES) {
            problems.add(new FieldProblem("rules", "too_many", "规则不能超过" + MAX_RULES + "条",
                    "at most " + MAX_RULES + " rules"));
        }
        Set<String> ids = new HashSet<>();
        String takesEverything = null;
        for (int i = 0; i < rules.size(); i++) {
            String at = "rules[" + i + "]";
            Rule rule = rules.get(i);
            if (rule == null) {
                problems.add(FieldProblem.required(at, "规则"));
                continue;
            }
            if (rule.id() == null || rule.id().isBlank()) {
                problems.add(FieldProblem.required(at + ".id", "规则编号"));
            } else if (!RULE_ID.matcher(rule.id()).matches()) {
                problems.add(new FieldProblem(at + ".id", "bad_code", "规则编号须为小写字母、数字、-、_",
                        "a rule id is lower-case letters, digits, - and _, at most 64"));
            } else if (RESERVED.contains(rule.id())) {
                problems.add(new FieldProblem(at + ".id", "reserved", "规则编号已被系统保留：" + rule.id(),
                        "the rule id is reserved: " + rule.id()));
            } else if (!ids.add(rule.id())) {
                problems.add(new FieldProblem(at + ".id", "duplicate", "规则编号重复：" + rule.id(),
                        "the rule id is used twice: " + rule.id()));
            }
            if (rule.committee() == null || rule.committee().isBlank()) {
                problems.add(FieldProblem.required(at + ".committee", "专委会"));
            } else if (!codes.isRoutingTarget(rule.committee())) {
                problems.add(FieldProblem.unknownCode(at + ".committee", "专委会", rule.committee()));
            }
            if (Texts.length(rule.description()) > DESCRIPTION_MAX) {
                problems.add(FieldProblem.tooLong(at + ".description", "说明", DESCRIPTION_MAX));
            } else if (Texts.hasControlCharactersBesidesLineBreaks(rule.description())) {
                problems.add(FieldProblem.badText(at + ".description", "说明"));
            }
            known(at + ".domains", rule.domains(), codes.domains(), "领域", problems);
            known(at + ".sectors", rule.sectors(), codes.sectors(), "界别", problems);
            known(at + ".townships", rule.townships(), codes.townships(), "乡镇", problems);
            for (int j = 0; j < rule.topics().size(); j++) {
                if (!Texts.isCode(rule.topics().get(j))) {
                    problems.add(FieldProblem.badCode(at + ".topics[" + j + "]", "信息反映点"));
                }
            }
            keywords(at, rule.keywords(), problems);
            if (takesEverything != null) {
                problems.add(new FieldProblem(at, "unreachable", "该规则在不设条件的规则“" + takesEverything + "”之后，永远不会命中",
                        "this rule follows " + takesEverything + ", which takes every report, so it never matches"));
            } else if (rule.takesEverything()) {
                takesEverything = rule.id();
            }
        }
        return problems;
    }

    private static void known(String field, List<String> values, Set<String> known, String what,
                              List<FieldProblem> problems) {
        for (int j = 0; j < values.size(); j++) {
            if (!known.contains(values.get(j))) {
                problems.add(FieldProblem.unknownCode(field + "[" + j + "]", what, values.get(j)));
            }
        }
    }

    private static void keywords(String at, List<String> keywords, List<FieldProblem> problems) {
        if (keywords.size() > MAX_KEYWORDS) {
            problems.add(new FieldProblem(at + ".keywords", "too_many", "关键词不能超过" + MAX_KEYWORDS + "个",
                    "at most " + MAX_KEYWORDS + " keywords"));
        }
        for (int j = 0; j < keywords.size(); j++) {
            String keyword = Texts.normalise(keywords.get(j));
            String field = at + ".keywords[" + j + "]";
            if (keyword.isEmpty()) {
                problems.add(FieldProblem.required(field, "关键词"));
            } else if (Texts.length(keyword) > KEYWORD_MAX) {
                problems.add(FieldProblem.tooLong(field, "关键词", KEYWORD_MAX));
            } else if (Texts.hasControlCharacters(keyword)) {
                problems.add(new FieldProblem(field, "bad_text", "关键词不能含有控制字符",
                        "a keyword cannot contain control characters"));
            }
        }
    }
}
