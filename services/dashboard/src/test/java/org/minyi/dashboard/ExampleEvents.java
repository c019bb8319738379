package org.minyi.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.minyi.events.EventType;
import org.minyi.events.ReportEvent;
import org.minyi.events.intake.Category;
import org.minyi.events.intake.ReportSubmitted;
import org.minyi.events.intake.SubmittedReport;
import org.minyi.events.leadership.AssignedUnit;
import org.minyi.events.leadership.InstructionIssued;
import org.minyi.events.leadership.ReportContext;
import org.minyi.events.review.Grade;
import org.minyi.events.review.ReportAdopted;
import org.minyi.events.review.ReportPublished;
import org.minyi.events.review.ReportsMerged;
import org.minyi.events.review.UpstreamAdopted;

/**
 * The README's worked example as the events the other services publish, moved to {@code year} (and
 * {@code year - 1}) with fresh report ids, so that each test class has a year of its own on the shared
 * broker. Tracking numbers keep their numbers and take the year: SQ-<year>-000101 …
 */
final class ExampleEvents {

    final int year;
    final String r1 = UUID.randomUUID().toString();
    final String r2 = UUID.randomUUID().toString();
    final String r3 = UUID.randomUUID().toString();
    final String r4 = UUID.randomUUID().toString();
    final String r5 = UUID.randomUUID().toString();
    final String r6 = UUID.randomUUID().toString();
    final String z1 = UUID.randomUUID().toString();
    final String topic;

    ExampleEvents(int year) {
        this.year = year;
        this.topic = "topic-" + year;
    }

    String sq(int number) {
        return String.format("SQ-%d-%06d", year, number);
    }

    String previousSq(int number) {
        return String.format("SQ-%d-%06d", year - 1, number);
    }

    String zh() {
        return String.format("ZH-%d-%06d", year, 1);
    }

    /** Noon in Beijing on {@code month}-{@code day} of the example's year. */
    Instant noon(int month, int day) {
        return LocalDate.of(year, month, day).atTime(4, 0).toInstant(ZoneOffset.UTC);
    }

    Instant previousNoon(int month, int day) {
        return LocalDate.of(year - 1, month, day).atTime(4, 0).toInstant(ZoneOffset.UTC);
    }

    ReportSubmitted submitted(String reportId, String tracking, Instant at, List<String> authors, String township,
                              String sector) {
        return new ReportSubmitted(UUID.randomUUID(), reportId, 1, at, tracking, 1, "member-" + authors.get(0),
                new SubmittedReport("测试信息", Category.DAILY_LIFE, "urban", "情况……", null, "建议……", township, sector,
                        authors, null, topic, false, null));
    }

    ReportAdopted adopted(String reportId, String tracking, long sequence, Instant at, String committee, String township,
                          String sector, List<String> authors) {
        return new ReportAdopted(UUID.randomUUID(), reportId, sequence, at, tracking, committee, Grade.A,
                Category.DAILY_LIFE, township, sector, authors, "reviewer-" + committee, ReportAdopted.Kind.SINGLE, null);
    }

    /** Every event of the example, in an order the producers could have published them. */
    List<Announced<?>> all() {
        List<Announced<?>> events = new ArrayList<>();
        add(events, submitted(r5, previousSq(88), previousNoon(10, 20), List.of("m0007"), "nanhu", null),
                ReportSubmitted.TYPE, "intake");
        add(events, submitted(r6, previousSq(120), previousNoon(12, 28), List.of("m0002"), "xishan", "jiusan"),
                ReportSubmitted.TYPE, "intake");
        add(events, adopted(r5, previousSq(88), 4, previousNoon(11, 12), "education", "nanhu", null, List.of("m0007")),
                ReportAdopted.TYPE, "committee-review");
        // 17:00 UTC on 31 December is 01:00 on 1 January in Beijing: it counts in the example's year
        add(events, adopted(r6, previousSq(120), 4, LocalDate.of(year - 1, 12, 31).atTime(17, 0)
                        .toInstant(ZoneOffset.UTC), "education", "xishan", "jiusan", List.of("m0002")),
                ReportAdopted.TYPE, "committee-review");
        add(events, submitted(r1, sq(101), noon(3, 2), List.of("m0001", "m0002"), "chengguan", "cdl"),
                ReportSubmitted.TYPE, "intake");
        add(events, submitted(r2, sq(102), noon(4, 1), List.of("m0003"), "xinji", null), ReportSubmitted.TYPE,
                "intake");
        add(events, submitted(r3, sq(103), noon(4, 3), List.of("m0004", "m0005"), "chengguan", null),
                ReportSubmitted.TYPE, "intake");
        add(events, submitted(r4, sq(104), noon(6, 1), List.of("m0006"), "taoyuan", null), ReportSubmitted.TYPE,
                "intake");
        add(events, adopted(r1, sq(101), 4, noon(3, 20), "economy", "chengguan", "cdl", List.of("m0001", "m0002")),
                ReportAdopted.TYPE, "committee-review");
        add(events, new ReportPublished(UUID.randomUUID(), r1, 5, noon(3, 25), sq(101), "pub-regular-" + year,
                        ReportPublished.Kind.REGULAR, year, 3, "economy", Category.DAILY_LIFE, "chengguan", "cdl",
                        List.of("m0001", "m0002")), ReportPublished.TYPE, "committee-review");
        add(events, new ReportPublished(UUID.randomUUID(), r1, 5, noon(4, 2), sq(101), "pub-special-" + year,
                        ReportPublished.Kind.SPECIAL, year, 7, "economy", Category.DAILY_LIFE, "chengguan", "cdl",
                        List.of("m0001", "m0002")), ReportPublished.TYPE, "committee-review");
        add(events, new InstructionIssued(UUID.randomUUID(), r1, 7, noon(4, 10), UUID.randomUUID().toString(),
                        "县长 李明", InstructionIssued.Level.COUNTY, "请县住建局牵头研究。",
                        List.of(new AssignedUnit("housing", AssignedUnit.Role.LEAD, LocalDate.of(year, 5, 10))),
                        new ReportContext(sq(101), "测试信息", Category.DAILY_LIFE, "chengguan", "economy",
                                List.of("m0001", "m0002"), false)), InstructionIssued.TYPE, "leadership-instruction");
        add(events, new ReportsMerged(UUID.randomUUID(), z1, 1, noon(5, 6), zh(), "agriculture", "综合反映",
                        Category.DAILY_LIFE, "chengguan", List.of(
                        new ReportsMerged.Constituent(r2, sq(102), List.of("m0003")),
                        new ReportsMerged.Constituent(r3, sq(103), List.of("m0004", "m0005"))),
                        List.of("m0003", "m0004", "m0005"), "reviewer-agriculture"), ReportsMerged.TYPE,
                "committee-review");
        add(events, new ReportAdopted(UUID.randomUUID(), z1, 3, noon(5, 8), zh(), "agriculture", Grade.B,
                        Category.DAILY_LIFE, "chengguan", null, List.of("m0003", "m0004", "m0005"), "reviewer-agriculture",
                        ReportAdopted.Kind.COMPOSITE, List.of(r2, r3)), ReportAdopted.TYPE, "committee-review");
        add(events, new UpstreamAdopted(UUID.randomUUID(), r1, 11, noon(6, 22), sq(101), UpstreamAdopted.Level.CITY,
                        UpstreamAdopted.Mode.FORWARDED, LocalDate.of(year, 6, 20), "economy", Category.DAILY_LIFE,
                        "chengguan", "cdl", List.of("m0001", "m0002"), "office"), UpstreamAdopted.TYPE,
                "committee-review");
        return events;
    }

    private static <E extends ReportEvent> void add(List<Announced<?>> events, E event, EventType<E> type,
                                                     String source) {
        events.add(new Announced<>(event, type, source));
    }

    record Announced<E extends ReportEvent>(E event, EventType<E> type, String source) {

        void by(Announcer announcer) throws Exception {
            announcer.announce(event, type, source);
        }
    }
}
