package org.minyi.review.queue.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Review items for tests, at the points of their life a test starts from. */
public final class ReviewItemFixture {

    public static final Instant NOW = Instant.parse("2026-03-15T08:30:00Z");

    private ReviewItemFixture() {
    }

    public static ReportContent content() {
        return new ReportContent("关于城关镇老旧小区加装电梯资金缺口的建议", Category.HARD_PROBLEM, "urban",
                "城关镇现有2000年以前建成的老旧小区37个……", null, "建议县住建局牵头设立加装电梯专项补助资金……",
                "chengguan", "cdl", List.of("m0001", "m0002"), null, null, true, null);
    }

    /** Routing's event for revision {@code revision} of report {@code id}, at {@code sequence}. */
    public static RoutedReport routing(ReportId id, String committee, int revision, long sequence) {
        return new RoutedReport(UUID.randomUUID(), id, "SQ-2026-000123", revision, committee, sequence,
                NOW.plusSeconds(sequence), NOW.plusSeconds(sequence), content());
    }

    /** A first revision routed to {@code committee} at sequence 2, as after intake (1) and routing (2). */
    public static ReviewItem routedTo(String committee) {
        return ReviewItem.route(routing(new ReportId(UUID.randomUUID().toString()), committee, 1, 2));
    }

    public static ReviewItem underReview(String committee) {
        ReviewItem item = routedTo(committee);
        item.claim(Actor.reviewer(committee), NOW);
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
}
