package org.minyi.events;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.minyi.events.status.ReportFlagged;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The wire shape of every event type is pinned by a golden file: a change to a record that changes
 * what travels makes this test fail loudly, and must be an additive change or a new type version.
 */
class GoldenJsonTest {

    private static final JsonMapper PLAIN = JsonMapper.builder().build();

    @Test
    void everyEventTypeHasASample() {
        assertThat(Samples.BY_TYPE.keySet())
                .containsExactlyInAnyOrderElementsOf(EventTypes.ALL.stream().map(EventType::name).toList());
    }

    @TestFactory
    Stream<DynamicTest> eachSampleIsWrittenExactlyAsItsGoldenFile() {
        return EventTypes.ALL.stream().map(type -> DynamicTest.dynamicTest(type.name(), () -> {
            JsonNode golden = PLAIN.readTree(golden(type));
            JsonNode written = PLAIN.readTree(EventJson.write(Samples.BY_TYPE.get(type.name())));
            assertThat(written).isEqualTo(golden);
        }));
    }

    @TestFactory
    Stream<DynamicTest> eachGoldenFileReadsBackToItsSample() {
        return EventTypes.ALL.stream().map(type -> DynamicTest.dynamicTest(type.name(), () -> {
            ReportEvent read = EventJson.read(golden(type), type);
            assertThat(read).isEqualTo(Samples.BY_TYPE.get(type.name()));
            assertThat(PLAIN.readTree(EventJson.write(read))).isEqualTo(PLAIN.readTree(golden(type)));
        }));
    }

    @TestFactory
    Stream<DynamicTest> eachFlagWithFieldsOfItsOwnTravelsAsItsGoldenFileAndReadsBack() {
        return Samples.FLAGS.entrySet().stream().map(sample -> DynamicTest.dynamicTest(sample.getKey().name(), () -> {
            byte[] golden = golden(ReportFlagged.TYPE.name() + "." + sample.getKey().name());
            assertThat(PLAIN.readTree(EventJson.write(sample.getValue()))).isEqualTo(PLAIN.readTree(golden));
            assertThat(EventJson.read(golden, ReportFlagged.TYPE)).isEqualTo(sample.getValue());
        }));
    }

    @Test
    void chineseTextTravelsAsUtf8() {
        String json = new String(EventJson.write(Samples.BY_TYPE.get("minyi.intake.ReportSubmitted.v1")),
                StandardCharsets.UTF_8);
        assertThat(json).contains("关于城关镇老旧小区加装电梯资金缺口的建议");
    }

    @Test
    void optionalFieldsAreAbsentRatherThanNull() {
        String json = EventJson.writeString(Samples.BY_TYPE.get("minyi.intake.ReportSubmitted.v1"));
        assertThat(json).doesNotContain("null").doesNotContain("\"analysis\"");
    }

    @Test
    void unknownFieldsAreIgnoredSoThatAdditiveChangesDoNotBreakConsumers() {
        byte[] newer = """
                {"eventId":"00000000-0000-4000-8000-000000000001","reportId":"r1","trackingNumber":"SQ-2026-000001",
                 "status":"ROUTED","sequence":2,"occurredAt":"2026-03-15T08:30:00Z","township":"chengguan",
                 "category":"DAILY_LIFE","actorRole":"SYSTEM","somethingAddedLater":{"x":1}}
                """.getBytes(StandardCharsets.UTF_8);
        var event = EventJson.read(newer, org.minyi.events.status.ReportStatusChanged.TYPE);
        assertThat(event.sequence()).isEqualTo(2);
    }

    @Test
    void aPayloadWrittenBeforeTheAdditiveFieldsStillReads() {
        byte[] older = """
                {"eventId":"00000000-0000-4000-8000-000000000003","reportId":"r1","sequence":2,
                 "occurredAt":"2026-03-15T08:30:00Z","trackingNumber":"SQ-2026-000001","revision":1,
                 "committee":"economy","rule":"default","submittedAt":"2026-03-15T08:30:00Z"}
                """.getBytes(StandardCharsets.UTF_8);
        var routed = EventJson.read(older, org.minyi.events.routing.ReportRouted.TYPE);
        assertThat(routed.quality()).isNull();
        assertThat(routed.ruleVersion()).isZero();
        assertThat(routed.previousCommittee()).isNull();
    }

    @Test
    void aPayloadWithoutItsIdsIsUnreadable() {
        byte[] broken = "{\"status\":\"ROUTED\"}".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> EventJson.read(broken, org.minyi.events.status.ReportStatusChanged.TYPE))
                .isInstanceOf(EventJson.UnreadableEventException.class);
        assertThatThrownBy(() -> EventJson.read("not json".getBytes(StandardCharsets.UTF_8),
                org.minyi.events.status.ReportStatusChanged.TYPE))
                .isInstanceOf(EventJson.UnreadableEventException.class);
    }

    static byte[] golden(EventType<?> type) throws IOException {
        return golden(type.name());
    }

    static byte[] golden(String name) throws IOException {
        try (InputStream in = GoldenJsonTest.class.getResourceAsStream("/golden/" + name + ".json")) {
            assertThat(in).as("golden file for %s", name).isNotNull();
            return in.readAllBytes();
        }
    }
}
