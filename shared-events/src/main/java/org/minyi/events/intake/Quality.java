package org.minyi.events.intake;

import java.util.List;

/**
 * What intake's quality checks found in a submission. Findings warn reviewers; they never block.
 *
 * @param flags              the rules of good practice the report may break
 * @param possibleDuplicates similar reports from the last 90 days, most similar first
 */
public record Quality(List<Flag> flags, List<PossibleDuplicate> possibleDuplicates) {

    public enum Flag {
        /** 篇幅过长: longer than the county's rule */
        TOO_LONG,
        /** 可能一事多议: more than one issue in one report */
        MULTIPLE_ISSUES,
        /** 缺少界别视角: no sector's distinctive view */
        NO_SECTOR_VIEW,
        /** 反映不及时: too many days from the event to the report */
        SLOW
    }

    /** @param similarity between 0 and 1 */
    public record PossibleDuplicate(String reportId, String trackingNumber, double similarity) {
    }
}
