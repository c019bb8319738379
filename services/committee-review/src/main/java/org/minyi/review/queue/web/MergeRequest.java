package org.minyi.review.queue.web;

import java.util.ArrayList;
import java.util.List;

import org.minyi.review.queue.application.FieldProblem;
import org.minyi.review.queue.application.MergingReports.MergeCommand;
import org.minyi.review.queue.domain.Category;
import org.minyi.review.queue.domain.CompositeDraft;
import org.minyi.review.queue.domain.Grade;
import org.minyi.review.queue.domain.ReportId;

/**
 * The body of {@code POST /api/review/merges}: the constituents' report ids, the composite's title and
 * grade, and optionally its own text ({@code situation}, {@code analysis}, {@code suggestions}; what is
 * left out is taken from the constituents), {@code committee}, {@code township}, {@code category} and a
 * {@code comment}.
 */
record MergeRequest(List<String> constituents, String title, String situation, String analysis, String suggestions,
                    String committee, String township, Category category, Grade grade, String comment) {

    static final int TITLE_MAX = 60;
    static final int TEXT_MAX = 5000;
    static final int COMMENT_MAX = 1000;

    /** @throws InvalidRequest naming every bad field */
    MergeCommand toCommand() {
        List<FieldProblem> problems = new ArrayList<>();
        List<ReportId> ids = new ArrayList<>();
        if (constituents == null || constituents.isEmpty()) {
            problems.add(RequestTexts.missing("constituents", "综合的信息"));
        } else {
            for (int i = 0; i < constituents.size(); i++) {
                String id = constituents.get(i);
                if (id == null || !id.matches("[A-Za-z0-9-]{1,64}")) {
                    problems.add(new FieldProblem("constituents[" + i + "]", "bad_id", "信息编号格式不正确",
                            "not a report id"));
                } else {
                    ids.add(new ReportId(id));
                }
            }
        }
        String titleText = RequestTexts.requiredLine("title", "综合信息标题", title, TITLE_MAX, problems);
        String situationText = RequestTexts.optional("situation", "情况", situation, TEXT_MAX, problems);
        String analysisText = RequestTexts.optional("analysis", "问题", analysis, TEXT_MAX, problems);
        String suggestionsText = RequestTexts.optional("suggestions", "建议", suggestions, TEXT_MAX, problems);
        String committeeCode = RequestTexts.code("committee", "专委会", committee, problems);
        String townshipCode = RequestTexts.code("township", "乡镇", township, problems);
        String commentText = RequestTexts.optional("comment", "意见", comment, COMMENT_MAX, problems);
        if (grade == null) {
            problems.add(RequestTexts.missing("grade", "等级"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        return new MergeCommand(ids, new CompositeDraft(titleText, situationText, analysisText, suggestionsText,
                townshipCode, category), committeeCode, grade, commentText);
    }

    static MergeRequest missingBody() {
        return new MergeRequest(null, null, null, null, null, null, null, null, null, null);
    }
}
