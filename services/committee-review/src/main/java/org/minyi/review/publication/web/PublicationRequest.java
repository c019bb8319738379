package org.minyi.review.publication.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.minyi.chassis.problem.FieldChecks;
import org.minyi.review.publication.application.PublicationCommand;
import org.minyi.review.publication.domain.IssueTexts;
import org.minyi.review.queue.domain.IssueKind;
import org.minyi.review.queue.domain.ReportId;
import org.minyi.review.queue.web.LeaderCodes;

/**
 * The body of {@code POST /api/publications} and {@code PUT /api/publications/{id}}: {@code kind} REGULAR
 * (《社情民意》) or SPECIAL (《政协信息专报》), the {@code reports} in order, and optionally {@code headline},
 * {@code editorNote} (编者按) and {@code recipients} (the distribution lines, one per line). On POST,
 * {@code issue: true} issues it at once, dated {@code issuedOn} (today by default), a 《专报》 to the
 * {@code leaders} named (every county leader by default).
 */
record PublicationRequest(IssueKind kind, List<String> reports, String headline, String editorNote,
                          String recipients, Boolean issue, LocalDate issuedOn, List<String> leaders) {

    static final int HEADLINE_MAX = 60;
    static final int NOTE_MAX = 1000;
    static final int RECIPIENTS_MAX = 500;

    /** @throws org.minyi.chassis.problem.InvalidInput naming every bad field */
    PublicationCommand toCommand() {
        FieldChecks checks = new FieldChecks();
        checks.required("kind", "刊物类别", kind);
        List<ReportId> ids = new ArrayList<>();
        if (reports == null || reports.isEmpty()) {
            checks.add("reports", "required", "刊载的信息不能为空", "reports is required");
        } else {
            for (int i = 0; i < reports.size(); i++) {
                String id = reports.get(i);
                if (id == null || !id.matches("[A-Za-z0-9-]{1,64}")) {
                    checks.add("reports[" + i + "]", "bad_id", "信息编号格式不正确", "not a report id");
                } else {
                    ids.add(new ReportId(id));
                }
            }
        }
        String headlineText = checks.line("headline", "本期标题", headline, false, HEADLINE_MAX);
        String noteText = checks.text("editorNote", "编者按", editorNote, false, NOTE_MAX);
        String recipientsText = checks.text("recipients", "报送范围", recipients, false, RECIPIENTS_MAX);
        LeaderCodes.checked(leaders, checks);
        if (leaders != null && !issueNow()) {
            checks.add("leaders", "not_allowed", "只有签发时才指定报送的领导",
                    "leaders are named when the issue is issued (issue: true)");
        }
        checks.throwIfAny();
        return new PublicationCommand(kind, ids, new IssueTexts(headlineText, noteText, recipientsText));
    }

    /** A PUT may not issue: issuing is its own step. */
    void checkNoIssue() {
        FieldChecks checks = new FieldChecks();
        if (issue != null) {
            checks.add("issue", "not_allowed", "修改草稿时不能签发，请使用签发接口",
                    "issue a draft with POST /api/publications/{id}/issue");
        }
        if (issuedOn != null) {
            checks.add("issuedOn", "not_allowed", "修改草稿时不能指定签发日期", "issuedOn belongs to issuing");
        }
        if (leaders != null) {
            checks.add("leaders", "not_allowed", "修改草稿时不能指定报送的领导", "leaders belong to issuing");
        }
        checks.throwIfAny();
    }

    boolean issueNow() {
        return Boolean.TRUE.equals(issue);
    }

    /** The leaders' codes as given and checked by {@link #toCommand()}; {@code null} when none were named. */
    List<String> leaderCodes() {
        return leaders == null ? null : leaders.stream().map(String::strip).toList();
    }

    static PublicationRequest missingBody() {
        return new PublicationRequest(null, null, null, null, null, null, null, null);
    }
}
