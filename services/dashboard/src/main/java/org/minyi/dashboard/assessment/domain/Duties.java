package org.minyi.dashboard.assessment.domain;

import java.util.List;

/**
 * A year's duties (README, "Duties"): every member's credited adoptions, who is still at zero, the
 * talk list, and every committee, station and sector against its target, graded and ranked.
 *
 * @param members  most adoptions first, then by code
 * @param zero     members without an adoption this year
 * @param talkList members without an adoption this year and the year before (谈话引导)
 */
public record Duties(int year, List<MemberDuty> members, List<MemberDuty> zero, List<MemberDuty> talkList,
                     List<UnitDuty> committees, List<UnitDuty> stations, List<UnitDuty> sectors,
                     TargetSheet targets) {

    public Duties {
        members = List.copyOf(members);
        zero = List.copyOf(zero);
        talkList = List.copyOf(talkList);
        committees = List.copyOf(committees);
        stations = List.copyOf(stations);
        sectors = List.copyOf(sectors);
    }
}
