package org.minyi.review.queue.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Review items for tests, at the points of their life a test starts from. */
public final class ReviewItemFixture {

    public static final Instant NOW = Instant.parse("2026-03-15T08:30:00Z");
    public static final ClaimPolicy LEASE = ClaimPolicy.standard();
    /** Ten working days for every committee, Saturdays and Sundays off, in the county's time. */
    public static final ReviewTimeLimits LIMITS = new ReviewTimeLimits(10, Map.of(), WorkingDays.weekdays(),
            ZoneId.of("Asia/Shanghai"));
    /** The leaders a report is sent to in these tests. */
    public static final List<String> LEADERS = List.of("county-head", "party-secretary");

    private ReviewItemFixture() {
    }

    public static ReportContent content() {
        return content("chengguan", List.of("m0001", "m0002"), true);
    }

    public static ReportContent content(String township, List<String> authors, boolean urgent) {
        return new ReportContent("关于城关镇老旧小区加装电梯资金缺口的建议", Category.HARD_PROBLEM, "urban",
                "城关镇现有2000年以前建成的老旧小区37个……", null, "建议县住建局牵头设立加装电梯专项补助资金……",
                township, "cdl", authors, null, null, urgent, null);
    }

    /** Routing's event for revision {@code revision} of report {@code id}, at {@code sequence}. */
    public static RoutedReport routing(ReportId id, String committee, int revision, long sequence) {
        return new RoutedReport(UUID.randomUUID(), id, "SQ-2026-000123", revision, committee, sequence,
                NOW.plusSeconds(sequence), NOW.plusSeconds(sequence), content());
    }

    /** A first revision routed to {@code committee} at sequence 2, as after intake (1) and routing (2). */
    public static ReviewItem routedTo(String committee) {
        return ReviewItem.route(routing(new ReportId(UUID.randomUUID().toString()), committee, 1, 2), LIMITS);
    }

    /** Routed to {@code committee} with these authors, as a report {@code trackingNumber}. */
    public static ReviewItem routedTo(String committee, String trackingNumber, List<String> authors) {
        return ReviewItem.route(new RoutedReport(UUID.randomUUID(), new ReportId(UUID.randomUUID().toString()),
                trackingNumber, 1, committee, 2, NOW, NOW, content("chengguan", authors, false)), LIMITS);
    }

    /** The item as stored before review time limits existed: without a stint. */
    public static ReviewItem.Stored storedWithoutStint(ReviewItem i) {
        return new ReviewItem.Stored(i.id(), i.trackingNumber(), i.revision(), i.committee(), i.previousCommittee(),
                i.content(), i.quality(), i.submittedAt(), i.routedAt(), i.status(), i.sequence(), i.routedSequence(),
                i.claim(), i.decision(), i.sentToLeadersAt(), i.sentTo(), i.transfer(), null, i.mergedInto(),
                i.merge(), i.publications(), i.upstreamAdoptions(), i.upstreamSubmissions(), i.updatedAt(),
                i.appliedEvents(), i.version());
    }

    public static ReviewItem underReview(String committee) {
        ReviewItem item = routedTo(committee);
        item.claim(Actor.reviewer(committee), NOW, LEASE);
        return item;
    }

    public static ReviewItem adopted(String committee) {
        ReviewItem item = underReview(committee);
        item.decide(new Decision.Adopt(Grade.A, null), Actor.reviewer(committee), NOW);
        return item;
    }

    public static StatusObservation announced(ReportStatus status, long sequence) {
        return new StatusObservation(UUID.randomUUID(), status, sequence, NOW.plusSeconds(sequence));
    }

    /** Another reviewer of the same committee. */
    public static Actor colleague(String committee) {
        return new Actor("reviewer-" + committee + "-2", Role.REVIEWER, committee);
    }

    public static Instant after(Duration duration) {
        return NOW.plus(duration);
    }

    public static PublicationRef issue(IssueKind kind, int number) {
        return new PublicationRef(UUID.randomUUID().toString(), kind, 2026, number, LocalDate.of(2026, 3, 20));
    }

    public static UpstreamAdoption upstream(UpstreamAdoption.Level level, UpstreamAdoption.Mode mode) {
        return new UpstreamAdoption(level, mode, LocalDate.of(2026, 6, 20), "市政协《社情民意》2026年第12期", "office",
                NOW);
    }
}
