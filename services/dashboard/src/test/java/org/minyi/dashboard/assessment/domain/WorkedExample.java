package org.minyi.dashboard.assessment.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.minyi.dashboard.reference.domain.Member;
import org.minyi.dashboard.reference.domain.Roster;
import org.minyi.dashboard.reference.domain.Unit;
import org.minyi.dashboard.reference.domain.UnitKind;

/**
 * The worked example of services/dashboard/README.md ("Worked example: 清河县 2025–2026"), fact by fact.
 * The README's tables are what the tests assert; change one and the other together.
 */
public final class WorkedExample {

    public static final CountyCalendar BEIJING = new CountyCalendar(ZoneId.of("Asia/Shanghai"));

    public static final String R1 = "report-r1";
    public static final String R2 = "report-r2";
    public static final String R3 = "report-r3";
    public static final String R4 = "report-r4";
    public static final String R5 = "report-r5";
    public static final String R6 = "report-r6";
    public static final String Z1 = "report-z1";

    public static final UUID A1 = id("a1");
    public static final UUID A2 = id("a2");
    public static final UUID A5 = id("a5");
    public static final UUID A6 = id("a6");
    public static final UUID M1 = id("b1");
    public static final UUID P0 = id("c0");
    public static final UUID P1 = id("c1");
    public static final UUID I1 = id("d1");
    public static final UUID U1 = id("e1");

    private WorkedExample() {
    }

    /** Part of the demo roster: seven members, six stations, three committees, five sectors. */
    public static Roster roster() {
        return new Roster(List.of(
                new Member("m0001", "覃少华", "Qin Shaohua", "agriculture", "gaoling"),
                new Member("m0002", "刘若兰", "Liu Ruolan", "jiusan", "xishan"),
                new Member("m0003", "贾明辉", "Jia Minghui", "economy", "xinji"),
                new Member("m0004", "王宁", "Wang Ning", "cdl", "chengguan"),
                new Member("m0005", "李书林", "Li Shulin", "agriculture", "nanhu"),
                new Member("m0006", "冯永福", "Feng Yongfu", "education", "taoyuan"),
                new Member("m0007", "韦春梅", "Wei Chunmei", "education", "nanhu")),
                List.of(new Unit(UnitKind.STATION, "chengguan", "城关镇", "Chengguan Town"),
                        new Unit(UnitKind.STATION, "xinji", "新集镇", "Xinji Town"),
                        new Unit(UnitKind.STATION, "xishan", "西山乡", "Xishan Township"),
                        new Unit(UnitKind.STATION, "taoyuan", "桃园镇", "Taoyuan Town"),
                        new Unit(UnitKind.STATION, "nanhu", "南湖乡", "Nanhu Township"),
                        new Unit(UnitKind.STATION, "gaoling", "高岭乡", "Gaoling Township"),
                        new Unit(UnitKind.COMMITTEE, "economy", "经济委员会", "Committee for Economic Affairs"),
                        new Unit(UnitKind.COMMITTEE, "agriculture", "农业和农村委员会", "Committee for Agriculture"),
                        new Unit(UnitKind.COMMITTEE, "education", "教科卫体委员会", "Committee for Education"),
                        new Unit(UnitKind.SECTOR, "cdl", "民盟", "China Democratic League"),
                        new Unit(UnitKind.SECTOR, "economy", "经济界", "Economy"),
                        new Unit(UnitKind.SECTOR, "agriculture", "农业界", "Agriculture"),
                        new Unit(UnitKind.SECTOR, "jiusan", "九三学社", "Jiusan Society"),
                        new Unit(UnitKind.SECTOR, "education", "教育界", "Education")));
    }

    public static List<Submission> submissions() {
        return List.of(
                new Submission(R1, "SQ-2026-000101", 1, date("2026-03-02"), List.of("m0001", "m0002"), "chengguan",
                        "cdl", "HARD_PROBLEM", null, null),
                new Submission(R2, "SQ-2026-000102", 1, date("2026-04-01"), List.of("m0003"), "xinji", null,
                        "DAILY_LIFE", null, null),
                new Submission(R3, "SQ-2026-000103", 1, date("2026-04-03"), List.of("m0004", "m0005"), "chengguan",
                        null, "DAILY_LIFE", null, null),
                new Submission(R4, "SQ-2026-000104", 1, date("2026-06-01"), List.of("m0006"), "taoyuan", null,
                        "EMERGING_RISK", null, null),
                new Submission(R5, "SQ-2025-000088", 1, date("2025-10-20"), List.of("m0007"), "nanhu", null,
                        "DAILY_LIFE", null, null),
                new Submission(R6, "SQ-2025-000120", 1, date("2025-12-28"), List.of("m0002"), "xishan", "jiusan",
                        "DECISION_ADVICE", null, null));
    }

    public static List<Adoption> adoptions() {
        return List.of(
                new Adoption(A1, R1, "SQ-2026-000101", 4, date("2026-03-20"),
                        noon("2026-03-20"), "economy", "A", "chengguan", "cdl",
                        List.of("m0001", "m0002"), false, List.of()),
                new Adoption(A2, Z1, "ZH-2026-000001", 3, date("2026-05-08"),
                        noon("2026-05-08"), "agriculture", "B", "chengguan", null,
                        List.of("m0003", "m0004", "m0005"), true, List.of(R2, R3)),
                new Adoption(A5, R5, "SQ-2025-000088", 4, date("2025-11-12"),
                        noon("2025-11-12"), "education", "B", "nanhu", null,
                        List.of("m0007"), false, List.of()),
                // 2025-12-31T17:00Z is 1 January 2026, 01:00 in Beijing: it counts in 2026
                new Adoption(A6, R6, "SQ-2025-000120", 4, BEIJING.dateOf(Instant.parse("2025-12-31T17:00:00Z")),
                        Instant.parse("2025-12-31T17:00:00Z"), "education", "B", "xishan", "jiusan",
                        List.of("m0002"), false, List.of()));
    }

    public static List<Merge> merges() {
        return List.of(new Merge(M1, Z1, "ZH-2026-000001", 1, "agriculture", "chengguan", List.of(
                new Merge.Constituent(R2, "SQ-2026-000102", List.of("m0003")),
                new Merge.Constituent(R3, "SQ-2026-000103", List.of("m0004", "m0005")))));
    }

    public static List<Achievement> achievements() {
        List<String> authors = List.of("m0001", "m0002");
        return List.of(
                new Achievement(P0, Achievement.Kind.REGULAR_PUBLICATION, null, null, R1, "SQ-2026-000101", 2026,
                        date("2026-03-25"), "economy", "chengguan", "cdl", authors),
                new Achievement(P1, Achievement.Kind.SPECIAL_PUBLICATION, null, null, R1, "SQ-2026-000101", 2026,
                        date("2026-04-02"), "economy", "chengguan", "cdl", authors),
                new Achievement(I1, Achievement.Kind.LEADER_INSTRUCTION, Level.COUNTY, null, R1, "SQ-2026-000101",
                        2026, date("2026-04-10"), "economy", "chengguan", null, authors),
                new Achievement(U1, Achievement.Kind.UPSTREAM_ADOPTION, Level.CITY, Mode.FORWARDED, R1,
                        "SQ-2026-000101", 2026, date("2026-06-20"), "economy", "chengguan", "cdl", authors));
    }

    public static YearFacts facts() {
        return new YearFacts(submissions(), adoptions(), merges(), achievements());
    }

    /** The office's targets for 2026. */
    public static TargetSheet targets2026() {
        return new TargetSheet(2026, Map.of(
                UnitKind.STATION, Map.of("chengguan", 3, "xinji", 1, "xishan", 2, "taoyuan", 1),
                UnitKind.SECTOR, Map.of("cdl", 1, "economy", 1, "agriculture", 1, "jiusan", 2),
                UnitKind.COMMITTEE, Map.of("economy", 2, "agriculture", 1)), GradingScale.DEFAULT);
    }

    public static PointsTable equalShare2026() {
        PointsTable defaults = PointsTable.defaults(2026);
        return new PointsTable(2026, defaults.countyAdoption(), defaults.specialPublication(), defaults.upstream(),
                defaults.instruction(), SplitRule.EQUAL_SHARE);
    }

    public static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    /** Noon in Beijing on the day {@code iso}. */
    public static Instant noon(String iso) {
        return LocalDate.parse(iso).atTime(12, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
    }

    private static UUID id(String suffix) {
        return UUID.fromString("00000000-0000-4000-8000-0000000000" + suffix);
    }
}
