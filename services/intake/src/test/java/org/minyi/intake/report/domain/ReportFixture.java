package org.minyi.intake.report.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Reports and contents for tests, in the words a station would use. */
public final class ReportFixture {

    public static final Instant NOW = Instant.parse("2026-03-15T08:30:00Z");

    private ReportFixture() {
    }

    public static ReportContent content(String township, String... authors) {
        return new ReportContent("关于农村寄递物流“最后一公里”的建议", Category.DAILY_LIFE, "transport",
                "部分行政村快递无法直接送达，群众需到镇上取件。", null, "建议整合邮政、供销与快递资源，建设村级综合服务站。",
                township, null, List.of(authors), null, null, false, null, null);
    }

    public static Report submittedBy(Actor actor, String township, String... authors) {
        return Report.submit(ReportId.random(), TrackingNumber.of(2026, 1), content(township, authors), actor, null, NOW, Assessment.NONE)
                .report();
    }

    public static StatusObservation announced(ReportStatus status, ReportStatus previous, long sequence) {
        return new StatusObservation(UUID.randomUUID(), status, previous, sequence, NOW.plusSeconds(sequence),
                Role.SYSTEM, "system", "economy", null);
    }
}
