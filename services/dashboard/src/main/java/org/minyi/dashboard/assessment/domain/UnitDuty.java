package org.minyi.dashboard.assessment.domain;

import org.minyi.dashboard.reference.domain.UnitKind;

/**
 * One committee, station or sector against its target.
 *
 * @param submitted  reports first submitted that year that count for it; {@code null} for a committee
 *                   (committees review reports, they are credited with what they adopt)
 * @param target     {@code null} when the office set none
 * @param completion adopted as a whole percentage of the target, rounded down; {@code null} without a target
 * @param grade      {@code null} without a target
 */
public record UnitDuty(UnitKind kind, String code, String name, String nameEn, Long submitted, long adopted,
                       Integer target, Integer completion, Grade grade, int rank) {
}
