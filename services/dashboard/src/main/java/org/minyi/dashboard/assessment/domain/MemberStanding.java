package org.minyi.dashboard.assessment.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * One member's standing in a year (我的履职): adopted reports this year and the year before, whether the
 * yearly duty (at least one adoption) is met, where they stand towards the talk list, their points, and the
 * reports that count.
 *
 * @param name     {@code null} for an author the roster does not know
 * @param talkList where they stand towards the talk list (谈话引导)
 * @param points   the year's points under the year's table (the sum of every report's {@code points})
 * @param reports  the reports credited as adopted this year (in the order of adoption), then those adopted
 *                 earlier that earned points this year
 */
public record MemberStanding(int year, String code, String name, String nameEn, String sector, String township,
                             long submitted, long adopted, long adoptedLastYear, boolean dutyMet, TalkList talkList,
                             BigDecimal points, List<StandingReport> reports) {

    public MemberStanding {
        reports = List.copyOf(reports);
    }

    /**
     * @param listed      on the talk list: no adoption this year and none the year before
     * @param missedYears which of the two years the rule looks at (the year before, this year) had no
     *                    adoption, oldest first: both when listed; this year alone means one more year at zero
     *                    puts the member on the list
     */
    public record TalkList(boolean listed, List<Integer> missedYears) {

        public TalkList {
            missedYears = List.copyOf(missedYears);
        }
    }
}
