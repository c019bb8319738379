package org.minyi.dashboard.assessment.domain;

/** How far a committee, station or sector got against its yearly target (README, "Grades"). */
public enum Grade {
    /** 优秀: at least {@code excellent}% of the target */
    EXCELLENT,
    /** 良好: at least {@code good}% (by default: the target met) */
    GOOD,
    /** 基本完成: at least {@code basic}% */
    BASIC,
    /** 未完成: less */
    SHORT
}
