package org.minyi.dashboard.assessment.domain;

/**
 * The thresholds, in percent of the target, from which each grade starts. Integer arithmetic only:
 * a unit with {@code adopted} against {@code target} reaches p% when {@code adopted × 100 ≥ target × p}.
 */
public record GradingScale(int excellent, int good, int basic) {

    public static final GradingScale DEFAULT = new GradingScale(150, 100, 60);

    public GradingScale {
        if (basic < 1 || good < basic || excellent < good || excellent > 1000) {
            throw new IllegalArgumentException("grading needs 1 ≤ basic ≤ good ≤ excellent ≤ 1000: "
                    + basic + ", " + good + ", " + excellent);
        }
    }

    /** The grade of {@code adopted} against {@code target}; {@code null} without a target (nothing to grade against). */
    public Grade grade(long adopted, Integer target) {
        if (target == null || target <= 0) {
            return null;
        }
        if (reaches(adopted, target, excellent)) {
            return Grade.EXCELLENT;
        }
        if (reaches(adopted, target, good)) {
            return Grade.GOOD;
        }
        if (reaches(adopted, target, basic)) {
            return Grade.BASIC;
        }
        return Grade.SHORT;
    }

    private static boolean reaches(long adopted, int target, int percent) {
        return adopted * 100 >= (long) target * percent;
    }
}
