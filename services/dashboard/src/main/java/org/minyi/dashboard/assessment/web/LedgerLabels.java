package org.minyi.dashboard.assessment.web;

import org.minyi.dashboard.assessment.domain.Item;
import org.minyi.dashboard.assessment.domain.Level;
import org.minyi.dashboard.assessment.domain.Mode;
import org.minyi.dashboard.assessment.domain.SplitRule;

/** Chinese names of the ledger's codes, for the exports (the JSON keeps the codes). */
final class LedgerLabels {

    private LedgerLabels() {
    }

    static String item(Item item) {
        return switch (item) {
            case COUNTY_ADOPTION -> "县政协采用";
            case SPECIAL_PUBLICATION -> "《专报》刊发";
            case UPSTREAM_ADOPTION -> "上级政协采用";
            case LEADER_INSTRUCTION -> "领导批示";
        };
    }

    static String level(Level level) {
        if (level == null) {
            return "";
        }
        return switch (level) {
            case COUNTY -> "县级";
            case CITY -> "市级";
            case PROVINCE -> "省级";
            case NATIONAL -> "全国";
        };
    }

    static String mode(Mode mode) {
        if (mode == null) {
            return "";
        }
        return mode == Mode.SINGLE ? "单独采用" : "转送采用";
    }

    static String split(SplitRule split) {
        return split == SplitRule.WHOEVER_WRITES ? "谁写谁得分" : "平均分配";
    }
}
