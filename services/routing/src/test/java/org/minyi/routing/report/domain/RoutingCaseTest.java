package org.minyi.routing.report.domain;

import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.minyi.routing.rules.domain.Category;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minyi.routing.report.domain.RoutingCaseFixture.NOW;
import static org.minyi.routing.report.domain.RoutingCaseFixture.POLICY;
import static org.minyi.routing.report.domain.RoutingCaseFixture.REPORT;
import static org.minyi.routing.report.domain.RoutingCaseFixture.firstSubmission;
import static org.minyi.routing.report.domain.RoutingCaseFixture.openedBy;
import static org.minyi.routing.report.domain.RoutingCaseFixture.revision;

class RoutingCaseTest {

    @Nested
    class RoutingAFirstSubmission {

        @Test
        void theReportGoesToItsDomainsCommitteeAndMovesToTheNextSequence() {
            Submission submitted = firstSubmission(Category.DAILY_LIFE, "education");

            RoutingCase.Opened opened = RoutingCase.open(submitted, POLICY, NOW);

            RoutingCase routingCase = opened.routingCase();
            assertThat(routingCase.committee()).isEqualTo("education");
            assertThat(routingCase.rule()).isEqualTo("domain:education");
            assertThat(routingCase.sequence()).isEqualTo(2);
            assertThat(routingCase.revision()).isEqualTo(1);
            assertThat(routingCase.township()).isEqualTo("chengguan");
            assertThat(routingCase.hasApplied(submitted.eventId())).isTrue();
            assertThat(routingCase.version()).isZero();

            ReportRouted routed = opened.routed();
            assertThat(routed.sequence()).isEqualTo(2);
            assertThat(routed.occurredAt()).isEqualTo(NOW);
            assertThat(routed.submission()).isSameAs(submitted);
            assertThat(routingCase.decisions()).containsExactly(routed.decision());
        }

        @Test
        void aReportWhoseDomainHasNoCommitteeIsRoutedByItsCategory() {
            RoutingCase routingCase = openedBy(firstSubmission(Category.HARD_PROBLEM, "other"));

            assertThat(routingCase.committee()).isEqualTo("economy");
            assertThat(routingCase.rule()).isEqualTo("category:HARD_PROBLEM");
        }

        @Test
        void theDecisionIdFollowsFromTheSubmissionSoThatRoutingItAgainAnnouncesTheSameEvent() {
            Submission submitted = firstSubmission(Category.DAILY_LIFE, "education");

            UUID once = RoutingCase.open(submitted, POLICY, NOW).routed().eventId();
            UUID again = RoutingCase.open(submitted, POLICY, NOW.plusSeconds(60)).routed().eventId();

            assertThat(once).isEqualTo(again).isNotEqualTo(submitted.eventId());
        }
    }

    @Nested
    class RepeatsAndStaleSubmissions {

        @Test
        void theSameSubmissionTwiceIsRoutedOnce() {
            Submission submitted = firstSubmission(Category.DAILY_LIFE, "education");
            RoutingCase routingCase = openedBy(submitted);

            assertThat(routingCase.route(submitted, POLICY, NOW.plusSeconds(1))).isEmpty();
            assertThat(routingCase.decisions()).hasSize(1);
            assertThat(routingCase.sequence()).isEqualTo(2);
        }

        @Test
        void aSubmissionOlderThanTheCaseChangesNothing() {
            RoutingCase routingCase = openedBy(firstSubmission(Category.DAILY_LIFE, "education"));
            routingCase.route(revision(2, 5, Category.DAILY_LIFE, "legal"), POLICY, NOW);

            Optional<ReportRouted> late = routingCase.route(revision(1, 1, Category.DAILY_LIFE, "health"), POLICY, NOW);

            assertThat(late).isEmpty();
            assertThat(routingCase.committee()).isEqualTo("social-legal");
            assertThat(routingCase.sequence()).isEqualTo(6);
        }

        @Test
        void onlyTheLastHundredSubmissionIdsAreRememberedTheSequenceCatchesOlderRepeats() {
            Submission first = firstSubmission(Category.DAILY_LIFE, "education");
            RoutingCase routingCase = openedBy(first);
            for (int i = 2; i <= 120; i++) {
                routingCase.route(revision(i, 2L * i, Category.DAILY_LIFE, "education"), POLICY, NOW);
            }

            assertThat(routingCase.appliedEventIds()).hasSize(RoutingCase.REMEMBERED_EVENTS);
            assertThat(routingCase.hasApplied(first.eventId())).isFalse();
            assertThat(routingCase.route(first, POLICY, NOW)).isEmpty();
        }
    }

    @Nested
    class RoutingARevision {

        @Test
        void aRevisionIsRoutedAgainByItsNewContentWithItsSequencePlusOne() {
            RoutingCase routingCase = openedBy(firstSubmission(Category.DAILY_LIFE, "education"));

            ReportRouted again = routingCase.route(revision(2, 5, Category.DECISION_ADVICE, "legal"), POLICY,
                    NOW.plusSeconds(7200)).orElseThrow();

            assertThat(again.sequence()).isEqualTo(6);
            assertThat(again.decision().revision()).isEqualTo(2);
            assertThat(again.decision().committee()).isEqualTo("social-legal");
            assertThat(routingCase.revision()).isEqualTo(2);
            assertThat(routingCase.category()).isEqualTo(Category.DECISION_ADVICE);
            assertThat(routingCase.domain()).isEqualTo("legal");
            assertThat(routingCase.decisions()).extracting(Decision::committee)
                    .containsExactly("education", "social-legal");
            assertThat(routingCase.decisions()).extracting(Decision::sequence).containsExactly(2L, 6L);
        }

        @Test
        void aSubmissionOfAnotherReportIsNotThisCasesBusiness() {
            RoutingCase routingCase = openedBy(firstSubmission(Category.DAILY_LIFE, "education"));
            Submission other = new Submission(UUID.randomUUID(), new ReportId("another"), "SQ-2026-000124", 1, 1,
                    NOW, "station-xishan", RoutingCaseFixture.content(Category.DAILY_LIFE, "education"));

            assertThatThrownBy(() -> routingCase.route(other, POLICY, NOW)).isInstanceOf(IllegalArgumentException.class);
            assertThat(routingCase.id()).isEqualTo(REPORT);
        }
    }
}
