package org.minyi.followup.handling.web;

import java.util.ArrayList;
import java.util.List;

import org.minyi.followup.handling.application.FieldProblem;
import org.minyi.followup.handling.domain.FeedbackResult;
import org.minyi.followup.handling.domain.Rating;

/**
 * Bodies of the handling endpoints. Unknown fields are rejected by the JSON reader, so nobody sets
 * {@code status} or ids this way; each {@code checked()} names every bad field.
 */
final class HandlingRequests {

    static final int NOTE_MAX = 500;
    static final int FEEDBACK_MAX = 1500;
    static final int COMMENT_MAX = 500;

    private HandlingRequests() {
    }

    record ProgressRequest(String text) {

        String checked() {
            List<FieldProblem> problems = new ArrayList<>();
            String checked = Texts.required("text", "进展情况", text, NOTE_MAX, problems);
            failOn(problems);
            return checked;
        }
    }

    /** @param text what was done; for C, why the matter cannot be solved now */
    record FeedbackRequest(FeedbackResult result, String text) {

        FeedbackRequest checked() {
            List<FieldProblem> problems = new ArrayList<>();
            if (result == null) {
                problems.add(Texts.missing("result", "办理结果"));
            }
            String checked = Texts.required("text", result == FeedbackResult.C ? "暂不能解决的原因" : "办理情况", text,
                    FEEDBACK_MAX, problems);
            failOn(problems);
            return new FeedbackRequest(result, checked);
        }
    }

    record SatisfactionRequest(Rating rating, String comment) {

        SatisfactionRequest checked() {
            List<FieldProblem> problems = new ArrayList<>();
            if (rating == null) {
                problems.add(Texts.missing("rating", "满意度"));
            }
            String checked = Texts.optional("comment", "评价意见", comment, COMMENT_MAX, problems);
            failOn(problems);
            return new SatisfactionRequest(rating, checked);
        }
    }

    /** @param unit {@code null} to urge every unit that has yet to feed back */
    record UrgeRequest(String unit, String comment) {

        static final UrgeRequest EVERY_UNIT = new UrgeRequest(null, null);

        UrgeRequest checked() {
            List<FieldProblem> problems = new ArrayList<>();
            String code = Texts.code("unit", "承办单位", unit, problems);
            String text = Texts.optional("comment", "催办意见", comment, COMMENT_MAX, problems);
            failOn(problems);
            return new UrgeRequest(code, text);
        }
    }

    /** What an endpoint without a body accepts: nothing, or an empty object; any field is refused by name. */
    record NoBody() {
    }

    /** A {@code unit} query parameter: {@code null} when not given. */
    static String unitParameter(String unit) {
        List<FieldProblem> problems = new ArrayList<>();
        String code = Texts.code("unit", "承办单位", unit, problems);
        failOn(problems);
        return code;
    }

    private static void failOn(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
    }
}
