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

    /** Per kind, Chinese and English: {@code %1$s} is the report, {@code %2$s} the unit, {@code %3$s} the status. */
    private static final Map<NoticeKind, String[]> KINDS = Map.ofEntries(
            Map.entry(NoticeKind.RATING_REQUESTED, new String[]{"%1$s已办理完毕，请评价办理情况",
                    "%1$s has been handled: please rate the handling"}),
            Map.entry(NoticeKind.TASK_ASSIGNED, new String[]{"%1$s已交办贵单位（%2$s），请按期办理",
                    "%1$s was assigned to %2$s: please handle it by the deadline"}),
            Map.entry(NoticeKind.TASK_OVERDUE, new String[]{"%1$s的办理任务（%2$s）已超过办理期限，请尽快反馈",
                    "The task of %2$s on %1$s is past its deadline: please feed back"}),
            Map.entry(NoticeKind.TASK_URGED, new String[]{"政协办公室催办：%1$s（%2$s），请尽快办理反馈",
                    "The CPPCC office urges %2$s to handle %1$s and feed back"}),
            Map.entry(NoticeKind.REOPENED, new String[]{"%1$s的办理结果未获满意，请（%2$s）重新办理",
                    "%1$s was rated unsatisfied: %2$s is to handle it again"}),
            Map.entry(NoticeKind.NEW_IN_QUEUE, new String[]{"新的%1$s已进入待审核队列，请及时审核",
                    "New in your review queue: %1$s"}),
            Map.entry(NoticeKind.SENT_TO_LEADER, new String[]{"%1$s已呈送领导阅示",
                    "%1$s was sent to the leaders for instruction"}),
            Map.entry(NoticeKind.REVIEW_OVERDUE, new String[]{"%1$s已超过审核时限仍未作出决定，请尽快审核",
                    "%1$s is past its committee's review time limit without a decision: please decide"}));
    /** Any other kind: the status it changed to. */
    private static final String[] STATUS_CHANGED = {"%1$s%3$s", "%1$s is now %3$s"};
    private static final String[] REPORT = {"社情民意信息", "Report "};
    private static final String[] UNKNOWN_STATUS = {"状态已更新", "updated"};

    private NoticeTexts() {
    }

    public static String zh(Notice n) {
        return text(n, 0);
    }

    public static String en(Notice n) {
        return text(n, 1);
    }

    private static String text(Notice n, int language) {
        String[] status = n.status() == null ? null : STATUSES.get(n.status());
        return String.format(KINDS.getOrDefault(n.kind(), STATUS_CHANGED)[language],
                REPORT[language] + n.trackingNumber(), n.unit(), (status == null ? UNKNOWN_STATUS : status)[language]);
    }
}
