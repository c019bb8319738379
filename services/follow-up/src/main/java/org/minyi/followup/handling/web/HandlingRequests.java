package org.minyi.followup.handling.web;

import java.util.regex.Pattern;

import org.minyi.chassis.problem.FieldChecks;
import org.minyi.followup.handling.domain.FeedbackResult;
import org.minyi.followup.handling.domain.Rating;

/**
 * Bodies of the handling endpoints. Unknown fields are refused when the body is bound, so nobody sets
 * {@code status} or ids this way; each {@code checked()} names every bad field. Texts follow the
 * chassis's {@link FieldChecks}, except that control characters keep this API's code
 * {@code control_character}.
 */
final class HandlingRequests {

    static final int NOTE_MAX = 500;
    static final int FEEDBACK_MAX = 1500;
    static final int COMMENT_MAX = 500;
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\r\\t]]");

    private HandlingRequests() {
    }

    record ProgressRequest(String text) {

        String checked() {
            FieldChecks checks = new FieldChecks();
            String checked = freeText(checks, "text", "进展情况", text, true, NOTE_MAX);
            checks.throwIfAny();
            return checked;
        }
    }

    /** @param text what was done; for C, why the matter cannot be solved now */
    record FeedbackRequest(FeedbackResult result, String text) {

        FeedbackRequest checked() {
            FieldChecks checks = new FieldChecks();
            checks.required("result", "办理结果", result);
            String label = result == FeedbackResult.C ? "暂不能解决的原因" : "办理情况";
            String checked = freeText(checks, "text", label, text, true, FEEDBACK_MAX);
            checks.throwIfAny();
            return new FeedbackRequest(result, checked);
        }
    }

    record SatisfactionRequest(Rating rating, String comment) {

        SatisfactionRequest checked() {
            FieldChecks checks = new FieldChecks();
            checks.required("rating", "满意度", rating);
            String checked = freeText(checks, "comment", "评价意见", comment, false, COMMENT_MAX);
            checks.throwIfAny();
            return new SatisfactionRequest(rating, checked);
        }
    }

    /** @param unit {@code null} to urge every unit that has yet to feed back */
    record UrgeRequest(String unit, String comment) {

        static final UrgeRequest EVERY_UNIT = new UrgeRequest(null, null);

        UrgeRequest checked() {
            FieldChecks checks = new FieldChecks();
            String code = checks.code("unit", "承办单位", unit, false);
            String text = freeText(checks, "comment", "催办意见", comment, false, COMMENT_MAX);
            checks.throwIfAny();
            return new UrgeRequest(code, text);
        }
    }

    /** What an endpoint without a body accepts: nothing, or an empty object; any field is refused by name. */
    record NoBody() {
    }

    /** A {@code unit} query parameter: {@code null} when not given. */
    static String unitParameter(String unit) {
        FieldChecks checks = new FieldChecks();
        String code = checks.code("unit", "承办单位", unit, false);
        checks.throwIfAny();
        return code;
    }

    private static String freeText(FieldChecks checks, String field, String label, String value, boolean required,
                                   int max) {
        if (value != null && CONTROL.matcher(value.strip()).find()) {
            checks.add(field, "control_character", label + "含有不允许的控制字符", field + " contains control characters");
        }
        return checks.text(field, label, value, required, max);
    }
}
