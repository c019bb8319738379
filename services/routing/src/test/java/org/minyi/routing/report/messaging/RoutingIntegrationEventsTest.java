package org.minyi.routing.report.messaging;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.minyi.chassis.events.IntegrationEvents;
import org.minyi.chassis.outbox.OutboxMessage;
import org.minyi.events.EventJson;
import org.minyi.events.status.ReportFlagged;
import org.minyi.events.status.ReportStatusChanged;
import org.minyi.routing.report.domain.ReportRerouted;
import org.minyi.routing.report.domain.ReportStatus;
import org.minyi.routing.report.domain.RoutingCase;
import org.minyi.routing.rules.domain.Assignment;
import org.minyi.routing.rules.domain.Category;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minyi.routing.report.domain.RoutingCaseFixture.NOW;
import static org.minyi.routing.report.domain.RoutingCaseFixture.ROUTER;
import static org.minyi.routing.report.domain.RoutingCaseFixture.announced;
import static org.minyi.routing.report.domain.RoutingCaseFixture.firstSubmission;

/** Who acted, as {@code report-status} names it: the system for the rules, the office's principal for a re-routing. */
class RoutingIntegrationEventsTest {

    private final RoutingIntegrationEvents translation = new RoutingIntegrationEvents(
            new IntegrationEvents(URI.create("/minyi/routing"), Map::of));

    @Test
    void aRoutingByTheRulesIsTheSystemsStep() {
        RoutingCase.Opened opened = RoutingCase.open(firstSubmission(Category.DAILY_LIFE, "education"), ROUTER, NOW);

        List<OutboxMessage> messages = translation.translate(opened.routingCase(), List.of(opened.routed()));

        ReportStatusChanged routed = status(messages);
        assertThat(routed.status()).isEqualTo(org.minyi.events.status.ReportStatus.ROUTED);
        assertThat(routed.actorRole()).isEqualTo("SYSTEM");
        assertThat(routed.actor()).isEqualTo("system");
    }

    @Test
    void aReroutingAndItsFlagNameTheOfficesPrincipal() {
        RoutingCase routingCase = RoutingCase.open(firstSubmission(Category.DAILY_LIFE, "education"), ROUTER, NOW)
                .routingCase();
        routingCase.observe(announced(ReportStatus.UNDER_REVIEW, 3));
        ReportRerouted rerouted = routingCase.reroute("social-legal", "涉及校园安全", "office",
                NOW.plusSeconds(60));

        List<OutboxMessage> messages = translation.translate(routingCase, List.of(rerouted));

        ReportFlagged flag = EventJson.read(bytes(messages.get(0)), ReportFlagged.TYPE);
        assertThat(flag.flag()).isEqualTo(ReportFlagged.Flag.REROUTED);
        assertThat(flag.actorRole()).isEqualTo("OFFICE");
        assertThat(flag.actor()).isEqualTo("office");
        ReportStatusChanged routed = status(messages);
        assertThat(routed.previousStatus()).isEqualTo(org.minyi.events.status.ReportStatus.UNDER_REVIEW);
        assertThat(routed.actorRole()).isEqualTo("OFFICE");
        assertThat(routed.actor()).isEqualTo("office");
    }

    @Test
    void theOfficeTakingAReportOutOfItsTriageQueueIsNamedToo() {
        RoutingCase routingCase = RoutingCase.open(firstSubmission(Category.DAILY_LIFE, "nowhere-known"),
                submission -> new Assignment("OFFICE", "no-match", 2), NOW)
                .routingCase();
        ReportRerouted triaged = routingCase.reroute("economy", "分到经济委员会", "office-deputy",
                NOW.plusSeconds(60));

        ReportStatusChanged routed = status(translation.translate(routingCase, List.of(triaged)));

        assertThat(routed.committee()).isEqualTo("economy");
        assertThat(routed.previousStatus()).isEqualTo(org.minyi.events.status.ReportStatus.ROUTED);
        assertThat(routed.actor()).isEqualTo("office-deputy");
    }

    private static byte[] bytes(OutboxMessage message) {
        return message.payload().getBytes(StandardCharsets.UTF_8);
    }

    private static ReportStatusChanged status(List<OutboxMessage> messages) {
        return messages.stream().filter(m -> m.headers().get("ce_type").equals(ReportStatusChanged.TYPE.name()))
                .map(m -> EventJson.read(bytes(m), ReportStatusChanged.TYPE)).findFirst().orElseThrow();
    }
}
