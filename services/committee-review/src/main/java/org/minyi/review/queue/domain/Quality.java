package org.minyi.review.queue.domain;

import java.util.List;
import java.util.Objects;

/**
 * What intake's quality checks found, as routing passed them on: findings warn the reviewers, they never
 * block a decision.
 *
 * @param possibleDuplicates similar earlier reports, most similar first
 */
public record Quality(List<Flag> flags, List<PossibleDuplicate> possibleDuplicates) {

    public static final Quality NONE = new Quality(List.of(), List.of());

    public Quality {
        flags = flags == null ? List.of() : List.copyOf(flags);
        possibleDuplicates = possibleDuplicates == null ? List.of() : List.copyOf(possibleDuplicates);
    }

    public boolean isEmpty() {
        return flags.isEmpty() && possibleDuplicates.isEmpty();
    }

    public enum Flag {
        /** 篇幅过长 */
        TOO_LONG,
        /** 可能一事多议 */
        MULTIPLE_ISSUES,
        /** 缺少界别视角 */
        NO_SECTOR_VIEW,
        /** 反映不及时 */
        SLOW
    }

    /** @param similarity between 0 and 1 */
    public record PossibleDuplicate(ReportId reportId, String trackingNumber, double similarity) {

        public PossibleDuplicate {
            Objects.requireNonNull(reportId, "reportId");
        }
    }
}
