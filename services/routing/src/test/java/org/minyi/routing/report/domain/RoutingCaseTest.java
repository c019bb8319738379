package org.minyi.routing.report.domain;

import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.minyi.routing.reference.domain.InvalidInput;
import org.minyi.routing.rules.domain.Category;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minyi.routing.report.domain.RoutingCaseFixture.NOW;
import static org.minyi.routing.report.domain.RoutingCaseFixture.REPORT;
import static org.minyi.routing.report.domain.RoutingCaseFixture.ROUTER;
import static org.minyi.routing.report.domain.RoutingCaseFixture.SLOW;
import static org.minyi.routing.report.domain.RoutingCaseFixture.announced;
import static org.minyi.routing.report.domain.RoutingCaseFixture.firstSubmission;
import static org.minyi.routing.report.domain.RoutingCaseFixture.openedBy;
import static org.minyi.routing.report.domain.RoutingCaseFixture.revision;

class RoutingCaseTest {

    @Nested
    class RoutingAFirstSubmission {

        @Test
        void theReportGoesToTheCommitteeOfTheFirstRuleItMeetsAndMovesToTheNextSequence() {
            Submission submitted = firstSubmission(Category.DAILY_LIFE, "education");

            RoutingCase.Opened opened = RoutingCase.open(submitted, ROUTER, NOW);

            RoutingCase routingCase = opened.routingCase();
            assertThat(routingCase.committee()).isEqualTo("education");
            assertThat(routingCase.rule()).isEqualTo("education-health");
            assertThat(routingCase.ruleVersion()).isEqualTo(2);
            assertThat(routingCase.status()).isEqualTo(ReportStatus.ROUTED);
            assertThat(routingCase.sequence()).isEqualTo(2);
            assertThat(routingCase.revision()).isEqualTo(1);
            assertThat(routingCase.township()).isEqualTo("chengguan");
            assertThat(routingCase.hasApplied(submitted.eventId())).isTrue();
            assertThat(routingCase.version()).isZero();

            ReportRouted routed = opened.routed();
            assertThat(routed.sequence()).isEqualTo(2);
            assertThat(routed.previousStatus()).isEqualTo(ReportStatus.SUBMITTED);
            assertThat(routed.occurredAt()).isEqualTo(NOW);
            assertThat(routed.submission()).isSameAs(submitted);
            assertThat(routed.submission().quality()).as("intake's findings travel on").isEqualTo(SLOW);
            assertThat(routed.decision().kind()).isEqualTo(Decision.Kind.RULES);
            assertThat(routingCase.decisions()).containsExactly(routed.decision());
        }

        @Test
        void theDecisionIdFollowsFromTheSubmissionSoThatRoutingItAgainAnnouncesTheSameEvent() {
            Submission submitted = firstSubmission(Category.DAILY_LIFE, "education");

            UUID once = RoutingCase.open(submitted, ROUTER, NOW).routed().eventId();
            UUID again = RoutingCase.open(submitted, ROUTER, NOW.plusSeconds(60)).routed().eventId();

            assertThat(once).isEqualTo(again).isNotEqualTo(submitted.eventId());
        }
    }

    @Nested
    class RepeatsAndStaleSubmissions {

        @Test
        void theSameSubmissionTwiceIsRoutedOnce() {
            Submission submitted = firstSubmission(Category.DAILY_LIFE, "education");
            RoutingCase routingCase = openedBy(submitted);

            assertThat(routingCase.route(submitted, ROUTER, NOW.plusSeconds(1))).isEmpty();
            assertThat(routingCase.decisions()).hasSize(1);
            assertThat(routingCase.sequence()).isEqualTo(2);
        }

        @Test
        void aSubmissionOlderThanTheLatestRoutedChangesNothing() {
            RoutingCase routingCase = openedBy(firstSubmission(Category.DAILY_LIFE, "education"));
            routingCase.route(revision(2, 5, Category.DAILY_LIFE, "legal"), ROUTER, NOW);

            Optional<ReportRouted> late = routingCase.route(revision(1, 1, Category.DAILY_LIFE, "health"), ROUTER, NOW);

            assertThat(late).isEmpty();
            assertThat(routingCase.committee()).isEqualTo("social-legal");
            assertThat(routingCase.sequence()).isEqualTo(6);
        }

        @Test
        void onlyTheLastHundredSubmissionIdsAreRememberedTheSequenceCatchesOlderRepeats() {
            Submission first = firstSubmission(Category.DAILY_LIFE, "education");
            RoutingCase routingCase = openedBy(first);
            for (int i = 2; i <= 120; i++) {
                routingCase.route(revision(i, 2L * i, Category.DAILY_LIFE, "education"), ROUTER, NOW);
            }

            assertThat(routingCase.appliedEventIds()).hasSize(RoutingCase.REMEMBERED_EVENTS);
            assertThat(routingCase.hasApplied(first.eventId())).isFalse();
            assertThat(routingCase.route(first, ROUTER, NOW)).isEmpty();
        }

        @Test
        void aRevisionAnnouncedOnReportStatusBeforeItArrivesIsStillRouted() {
            RoutingCase routingCase = openedBy(firstSubmission(Category.DAILY_LIFE, "education"));
            routingCase.observe(announced(ReportStatus.RETURNED, 4));
            routingCase.observe(announced(ReportStatus.SUBMITTED, 5));

            Optional<ReportRouted> routed = routingCase.route(revision(2, 5, Category.DAILY_LIFE, "legal"), ROUTER, NOW);

            assertThat(routed).hasValueSatisfying(r -> assertThat(r.sequence()).isEqualTo(6));
            assertThat(routingCase.status()).isEqualTo(ReportStatus.ROUTED);
        }

        @Test
        void aSubmissionOfAReportWithdrawnSinceIsNotRouted() {
            RoutingCase routingCase = openedBy(firstSubmission(Category.DAILY_LIFE, "education"));
            routingCase.observe(announced(ReportStatus.RETURNED, 4));
            routingCase.observe(announced(ReportStatus.WITHDRAWN, 6));

            assertThat(routingCase.route(revision(2, 5, Category.DAILY_LIFE, "legal"), ROUTER, NOW)).isEmpty();
            assertThat(routingCase.status()).isEqualTo(ReportStatus.WITHDRAWN);
        }
    }

    @Nested
    class RoutingARevision {

        @Test
        void aRevisionIsRoutedAgainByItsNewContentWithItsSequencePlusOne() {
            RoutingCase routingCase = openedBy(firstSubmission(Category.DAILY_LIFE, "education"));

            ReportRouted again = routingCase.route(revision(2, 5, Category.DECISION_ADVICE, "legal"), ROUTER,
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
                    NOW, "station-xishan", RoutingCaseFixture.content(Category.DAILY_LIFE, "education"), null);

            assertThatThrownBy(() -> routingCase.route(other, ROUTER, NOW)).isInstanceOf(IllegalArgumentException.class);
            assertThat(routingCase.id()).isEqualTo(REPORT);
        }
    }

    @Nested
    class FollowingTheStatus {

        @Test
        void aNewerStatusMovesTheCaseAndAnOlderOneDoesNot() {
            RoutingCase routingCase = openedBy(firstSubmission(Category.DAILY_LIFE, "education"));

            assertThat(routingCase.observe(announced(ReportStatus.UNDER_REVIEW, 3))).isTrue();
            assertThat(routingCase.observe(announced(ReportStatus.ROUTED, 2))).isFalse();
            assertThat(routingCase.observe(announced(ReportStatus.UNDER_REVIEW, 3))).isFalse();

            assertThat(routingCase.status()).isEqualTo(ReportStatus.UNDER_REVIEW);
            assertThat(routingCase.sequence()).isEqualTo(3);
        }

        @Test
        void anAdoptionIsRememberedEvenWhenLaterStatusesArriveFirst() {
            RoutingCase routingCase = openedBy(firstSubmission(Category.DAILY_LIFE, "education"));

            routingCase.observe(announced(ReportStatus.SENT_TO_LEADERS, 6));
            routingCase.observe(announced(ReportStatus.ADOPTED, 4));

            assertThat(routingCase.adopted()).isTrue();
            assertThat(routingCase.status()).isEqualTo(ReportStatus.SENT_TO_LEADERS);
        }

        @Test
        void aDeclinedReportIsNotAdopted() {
            RoutingCase routingCase = openedBy(firstSubmission(Category.DAILY_LIFE, "education"));

            routingCase.observe(announced(ReportStatus.NOT_ADOPTED, 4));

            assertThat(routingCase.adopted()).isFalse();
        }
    }

    @Nested
    class Rerouting {

        @Test
        void theOfficeSendsAReportUnderReviewElsewhereWithAFlagAtItsSequenceThenARoutingAtTheNext() {
            RoutingCase routingCase = openedBy(firstSubmission(Category.DAILY_LIFE, "education"));
            routingCase.observe(announced(ReportStatus.UNDER_REVIEW, 3));

            ReportRerouted rerouted = routingCase.reroute("social-legal", "涉及校园安全，由社法委办理", "office",
                    NOW.plusSeconds(60));

            assertThat(rerouted.flagSequence()).isEqualTo(3);
            ReportRouted routed = rerouted.routed();
            assertThat(routed.sequence()).isEqualTo(4);
            assertThat(routed.previousStatus()).isEqualTo(ReportStatus.UNDER_REVIEW);
            assertThat(routed.decision().kind()).isEqualTo(Decision.Kind.REROUTE);
            assertThat(routed.decision().previousCommittee()).isEqualTo("education");
            assertThat(routed.decision().reason()).isEqualTo("涉及校园安全，由社法委办理");
            assertThat(routed.decision().decidedBy()).isEqualTo("office");
            assertThat(routed.submission().quality()).as("the findings go along").isEqualTo(SLOW);
            assertThat(routingCase.committee()).isEqualTo("social-legal");
            assertThat(routingCase.rule()).isEqualTo("reroute");
            assertThat(routingCase.status()).isEqualTo(ReportStatus.ROUTED);
            assertThat(routingCase.sequence()).isEqualTo(4);
            assertThat(routingCase.decisions()).extracting(Decision::committee).containsExactly("education",
                    "social-legal");
        }

        @Test
        void aReportIsTakenOutOfTheTriageQueue() {
            RoutingCase routingCase = openedBy(firstSubmission(Category.STABILITY_RISK, "other"));
            assertThat(routingCase.committee()).isEqualTo("OFFICE");

            routingCase.reroute("social-legal", "不稳定因素，交社法委", "office", NOW);

            assertThat(routingCase.committee()).isEqualTo("social-legal");
        }

        @Test
        void onceACommitteeHasDecidedTheReportStaysWhereItIs() {
            for (ReportStatus decided : new ReportStatus[] {ReportStatus.ADOPTED, ReportStatus.NOT_ADOPTED,
                    ReportStatus.MERGED, ReportStatus.RETURNED, ReportStatus.WITHDRAWN, ReportStatus.CLOSED}) {
                RoutingCase routingCase = openedBy(firstSubmission(Category.DAILY_LIFE, "education"));
                routingCase.observe(announced(decided, 4));

                assertThatThrownBy(() -> routingCase.reroute("economy", "改派", "office", NOW))
                        .isInstanceOfSatisfying(IllegalTransition.class,
                                e -> assertThat(e.current()).isEqualTo(decided));
                assertThat(routingCase.committee()).isEqualTo("education");
            }
        }

        @Test
        void aReportIsNotReroutedToWhereItIs() {
            RoutingCase routingCase = openedBy(firstSubmission(Category.DAILY_LIFE, "education"));

            assertThatThrownBy(() -> routingCase.reroute("education", "改派", "office", NOW))
                    .isInstanceOf(InvalidInput.class);
            assertThat(routingCase.decisions()).hasSize(1);
        }
    }
}
