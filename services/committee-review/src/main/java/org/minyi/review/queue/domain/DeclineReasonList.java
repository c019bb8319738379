package org.minyi.review.queue.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reasons a committee may give for declining a report, as the office maintains them. Replacing the
 * list retires the codes it leaves out rather than forgetting them, so a decision taken with a retired
 * reason still reads well; giving a retired code again brings it back.
 */
public final class DeclineReasonList {

    public static final int MAX_REASONS = 50;

    private final List<DeclineReason> reasons;
    private final String updatedBy;
    private final Instant updatedAt;
    private final long version;

    private DeclineReasonList(List<DeclineReason> reasons, String updatedBy, Instant updatedAt, long version) {
        this.reasons = List.copyOf(reasons);
        this.updatedBy = updatedBy;
        this.updatedAt = updatedAt;
        this.version = version;
    }

    /** The list a county starts with, before the office changes it. */
    public static DeclineReasonList seeded(Instant now) {
        return new DeclineReasonList(List.of(
                reason("DUPLICATE", "与已有信息内容重复", "Duplicates an earlier report", false),
                reason("ALREADY_ADDRESSED", "所反映问题已在解决或已有政策安排", "Already being addressed", false),
                reason("INSUFFICIENT_FACTS", "情况不实或事实依据不足", "Facts unverified or insufficient", false),
                reason("NOT_TIMELY", "时效性不强", "No longer timely", false),
                reason("WEAK_SUGGESTIONS", "建议缺乏针对性和可操作性", "Suggestions are not specific or workable", false),
                reason("NOT_REPRESENTATIVE", "反映问题代表性不强", "Not representative of wider opinion", false),
                reason("PERSONAL_MATTER", "属个人诉求或信访事项，请通过相应渠道反映",
                        "A personal grievance or petition matter", false),
                reason("OUT_OF_SCOPE", "不属于社情民意信息反映范围", "Outside the scope of 社情民意 reporting", false),
                reason("OTHER", "其他（须在意见中说明）", "Other (explain in the comment)", true)),
                "system", now, 0);
    }

    public static DeclineReasonList restore(List<DeclineReason> reasons, String updatedBy, Instant updatedAt,
                                            long version) {
        return new DeclineReasonList(reasons, updatedBy, updatedAt, version);
    }

    /** The reason with this code, if it is listed and not retired. */
    public Optional<DeclineReason> active(String code) {
        return reasons.stream().filter(r -> r.active() && r.code().equals(code)).findFirst();
    }

    /**
     * Makes {@code proposed} the active list, in its order; listed codes it leaves out are retired.
     *
     * @throws ReviewRefused unless the actor is the office
     */
    public DeclineReasonList replace(List<DeclineReason> proposed, Actor by, Instant now) {
        if (!by.is(Role.OFFICE)) {
            throw new ReviewRefused("only the office maintains the decline reasons", "只有政协办公室可以维护不予采用理由");
        }
        Map<String, DeclineReason> next = new LinkedHashMap<>();
        proposed.forEach(r -> next.put(r.code(), new DeclineReason(r.code(), r.label(), r.labelEn(),
                r.requiresComment(), true)));
        List<DeclineReason> all = new ArrayList<>(next.values());
        reasons.stream().filter(r -> !next.containsKey(r.code())).map(DeclineReason::retired).forEach(all::add);
        return new DeclineReasonList(all, by.principal(), now, version);
    }

    public List<DeclineReason> reasons() {
        return reasons;
    }

    public List<String> activeCodes() {
        return reasons.stream().filter(DeclineReason::active).map(DeclineReason::code).toList();
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** The stored version; 0 for a list never stored. */
    public long version() {
        return version;
    }

    private static DeclineReason reason(String code, String label, String labelEn, boolean requiresComment) {
        return new DeclineReason(code, label, labelEn, requiresComment, true);
    }
}
