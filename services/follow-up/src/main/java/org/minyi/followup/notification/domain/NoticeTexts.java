package org.minyi.followup.notification.domain;

import java.util.Map;

/** How a notice reads, Chinese first and English alongside; codes only, as the notice carries nothing else. */
public final class NoticeTexts {

    private static final Map<String, String[]> STATUSES = Map.ofEntries(
            Map.entry("SUBMITTED", new String[]{"已提交", "submitted"}),
            Map.entry("ROUTED", new String[]{"已分送专委会", "routed to a committee"}),
            Map.entry("UNDER_REVIEW", new String[]{"正在审核", "under review"}),
            Map.entry("RETURNED", new String[]{"已退回修改", "returned for revision"}),
            Map.entry("ADOPTED", new String[]{"已采用", "adopted"}),
            Map.entry("NOT_ADOPTED", new String[]{"未采用", "not adopted"}),
            Map.entry("MERGED", new String[]{"已综合", "merged into a composite report"}),
            Map.entry("PUBLISHED", new String[]{"已刊发", "published"}),
            Map.entry("SENT_TO_LEADERS", new String[]{"已报送领导", "sent to the leaders"}),
            Map.entry("ARCHIVED", new String[]{"已存档", "archived"}),
            Map.entry("INSTRUCTED", new String[]{"领导已批示", "instructed by a leader"}),
            Map.entry("FORWARDED", new String[]{"已转办", "forwarded to units"}),
            Map.entry("IN_HANDLING", new String[]{"正在办理", "in handling"}),
            Map.entry("HANDLED", new String[]{"已办理", "handled"}),
            Map.entry("CLOSED", new String[]{"已办结", "closed"}),
            Map.entry("WITHDRAWN", new String[]{"已撤回", "withdrawn"}));

    private NoticeTexts() {
    }

    public static String zh(Notice n) {
        String report = "社情民意信息" + n.trackingNumber();
        switch (n.kind()) {
            case RATING_REQUESTED:
                return report + "已办理完毕，请评价办理情况";
            case TASK_ASSIGNED:
                return report + "已交办贵单位（" + n.unit() + "），请按期办理";
            case TASK_OVERDUE:
                return report + "的办理任务（" + n.unit() + "）已超过办理期限，请尽快反馈";
            case TASK_URGED:
                return "政协办公室催办：" + report + "（" + n.unit() + "），请尽快办理反馈";
            case REOPENED:
                return report + "的办理结果未获满意，请（" + n.unit() + "）重新办理";
            default:
                return report + status(n.status(), 0);
        }
    }

    public static String en(Notice n) {
        String report = "Report " + n.trackingNumber();
        switch (n.kind()) {
            case RATING_REQUESTED:
                return report + " has been handled: please rate the handling";
            case TASK_ASSIGNED:
                return report + " was assigned to " + n.unit() + ": please handle it by the deadline";
            case TASK_OVERDUE:
                return "The task of " + n.unit() + " on " + report + " is past its deadline: please feed back";
            case TASK_URGED:
                return "The CPPCC office urges " + n.unit() + " to handle " + report + " and feed back";
            case REOPENED:
                return report + " was rated unsatisfied: " + n.unit() + " is to handle it again";
            default:
                return report + " is now " + status(n.status(), 1);
        }
    }

    private static String status(String status, int language) {
        String[] words = status == null ? null : STATUSES.get(status);
        if (words == null) {
            return language == 0 ? "状态已更新" : "updated";
        }
        return words[language];
    }
}
