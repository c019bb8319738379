package org.minyi.review.publication.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.minyi.review.queue.domain.Actor;
import org.minyi.review.queue.domain.IssueKind;
import org.minyi.review.queue.domain.OnBehalfOf;
import org.minyi.review.queue.domain.ReportId;

/** Publications and carried reports for tests. */
public final class PublicationFixture {

    public static final Instant NOW = Instant.parse("2026-03-20T02:00:00Z");
    public static final LocalDate ISSUED_ON = LocalDate.of(2026, 3, 20);

    private PublicationFixture() {
    }

    public static CarriedReport carried(String id, String title, List<String> authors) {
        return new CarriedReport(new ReportId(id), "SQ-2026-00010" + Math.floorMod(id.hashCode(), 10), title, "economy", "chengguan",
                "cdl", authors, null, List.of(),
                "城关镇现有2000年以前建成的老旧小区37个。\n居民中60岁以上老人占比超过三成。", "补助资金缺口较大。",
                "建议县住建局牵头设立加装电梯专项补助资金。");
    }

    public static CarriedReport fromSector(String id) {
        return new CarriedReport(new ReportId(id), "SQ-2026-000200", "关于民营企业融资难的建议", "economy", "chengguan",
                "cpa", List.of("m0003"), new OnBehalfOf(OnBehalfOf.Kind.SECTOR, "民建清河县支部"), List.of(),
                "情况。", null, "建议。");
    }

    public static Publication draft(IssueKind kind, CarriedReport... reports) {
        return Publication.compose(PublicationId.next(), kind, List.of(reports), IssueTexts.NONE, Actor.office(), NOW);
    }

    public static Publication issued(IssueKind kind, int number, CarriedReport... reports) {
        Publication draft = draft(kind, reports);
        draft.issue(number, ISSUED_ON, "政协清河县委员会办公室",
                kind == IssueKind.SPECIAL ? List.of("county-head") : List.of(), List.of(reports), Actor.office(), NOW);
        return draft;
    }

    /** Names as the demo seed has them. */
    public static DisplayNames names() {
        Map<String, String> members = Map.of("m0001", "覃少华", "m0002", "刘若兰", "m0003", "贾明辉");
        return new DisplayNames() {
            @Override
            public String member(String code) {
                return members.getOrDefault(code, code);
            }

            @Override
            public String township(String code) {
                return "chengguan".equals(code) ? "城关镇" : code;
            }

            @Override
            public String station(String township) {
                return township(township) + "政协联络组社情民意信息站";
            }

            @Override
            public String committee(String code) {
                return "economy".equals(code) ? "经济委员会" : code;
            }

            @Override
            public String county() {
                return "清河县";
            }
        };
    }
}
