package org.minyi.dashboard.board.messaging;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which {@code traceparent} headers give the board a trace id (W3C Trace Context). */
class TraceparentTest {

    @Test
    void aWellFormedTraceparentGivesItsTraceId() {
        assertThat(traceId("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"))
                .isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
        assertThat(traceId("01-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00-later-fields"))
                .as("a later version may append fields").isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
    }

    @Test
    void aMalformedOrInvalidTraceparentGivesNone() {
        assertThat(traceId("00-00000000000000000000000000000000-00f067aa0ba902b7-01")).as("all-zero trace").isNull();
        assertThat(traceId("ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")).as("version ff").isNull();
        assertThat(traceId("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-extra")).isNull();
        assertThat(traceId("00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01")).as("upper case").isNull();
        assertThat(traceId("<script>-4bf92f3577b34da6a3ce929d0e0e4736")).isNull();
        assertThat(traceId("00-" + "a".repeat(600) + "-00f067aa0ba902b7-01")).isNull();
        assertThat(ReportStatusListener.traceIdOf(null)).isNull();
    }

    private static String traceId(String traceparent) {
        return ReportStatusListener.traceIdOf(traceparent);
    }
}
