package org.minyi.intake.report.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Set;

/**
 * The quality rules of practice (真·精·特·快) that can be checked on the text: too long for the
 * county (精), likely more than one issue (一事一议), no sector's view (特), slow from the event to the
 * report (快). They flag, they never refuse.
 *
 * @param slowAfterDays       days from {@code occurredOn} to the submission after which a report is SLOW
 * @param urgentSlowAfterDays the same for urgent reports and for major events, emerging and stability risks
 */
public record QualityPolicy(int slowAfterDays, int urgentSlowAfterDays) {

    public static final QualityPolicy STANDARD = new QualityPolicy(30, 7);

    public QualityPolicy {
        if (slowAfterDays < 0 || urgentSlowAfterDays < 0) {
            throw new IllegalArgumentException("days cannot be negative");
        }
    }

    public Set<QualityFlag> flags(ReportContent content, LengthLimits limits, LocalDate submittedOn) {
        Set<QualityFlag> flags = EnumSet.noneOf(QualityFlag.class);
        if (content.textLength() > limits.advisedText()) {
            flags.add(QualityFlag.TOO_LONG);
        }
        if (MultipleIssues.likely(content)) {
            flags.add(QualityFlag.MULTIPLE_ISSUES);
        }
        if (lacksSectorView(content)) {
            flags.add(QualityFlag.NO_SECTOR_VIEW);
        }
        if (content.occurredOn() != null
                && ChronoUnit.DAYS.between(content.occurredOn(), submittedOn) > slowAfter(content)) {
            flags.add(QualityFlag.SLOW);
        }
        return flags;
    }

    /**
     * Members write from their sector (界别); a report by members that names no sector, and is not in the
     * name of a party or group, brings no sector's view. A station's own report (no authors) speaks for
     * its township and is not expected to.
     */
    static boolean lacksSectorView(ReportContent content) {
        if (content.sector() != null || content.authors().isEmpty()) {
            return false;
        }
        OnBehalfOf behalf = content.onBehalfOf();
        return behalf == null || (behalf.kind() != OnBehalfOf.Kind.PARTY && behalf.kind() != OnBehalfOf.Kind.GROUP);
    }

    private int slowAfter(ReportContent content) {
        boolean pressing = content.urgent() || content.category() == Category.MAJOR_EVENT
                || content.category() == Category.EMERGING_RISK || content.category() == Category.STABILITY_RISK;
        return pressing ? urgentSlowAfterDays : slowAfterDays;
    }
}
