package org.minyi.intake.report.domain;

/**
 * Who may submit what (PRODUCT.md §4): a liaison station only for its own township, a member only
 * as one of the authors (a joint report lists every co-author, and each of them may submit it). Only a
 * station writes in a station's name. Nobody else submits.
 */
public final class SubmissionPolicy {

    private SubmissionPolicy() {
    }

    public static void check(Actor by, ReportContent content) {
        switch (by.role()) {
            case STATION -> {
                if (!content.township().equals(by.township())) {
                    throw new SubmissionRefused("a station submits only for its own township",
                            "联络站只能为本乡镇提交信息");
                }
            }
            case MEMBER -> {
                if (by.member() == null || !content.authors().contains(by.member())) {
                    throw new SubmissionRefused("a member submits only as one of the authors",
                            "委员只能以作者身份提交信息");
                }
            }
            default -> throw new SubmissionRefused("only stations and members submit reports",
                    "只有联络站和委员可以提交信息");
        }
        if (content.onBehalfOf() != null && content.onBehalfOf().kind() == OnBehalfOf.Kind.STATION
                && by.role() != Role.STATION) {
            throw new SubmissionRefused("only a station writes in a station's name", "只有联络站可以以联络站名义提交信息");
        }
    }
}
