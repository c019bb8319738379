package org.minyi.review.publication.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.minyi.chassis.problem.FieldProblem;
import org.minyi.chassis.problem.InvalidInput;
import org.minyi.review.publication.domain.IssueTexts;
import org.minyi.review.publication.domain.Publication;
import org.minyi.review.publication.domain.PublicationStatus;
import org.minyi.review.queue.application.InMemoryReviewItems;
import org.minyi.review.queue.domain.Actor;
import org.minyi.review.queue.domain.IllegalTransition;
import org.minyi.review.queue.domain.IssueKind;
import org.minyi.review.queue.domain.ReportId;
import org.minyi.review.queue.domain.ReportSentToLeaders;
import org.minyi.review.queue.domain.ReferenceDataFixture;
import org.minyi.review.queue.domain.ReportStatus;
import org.minyi.review.queue.domain.ReviewItem;
import org.minyi.review.queue.domain.ReviewItemFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.minyi.review.queue.domain.ReviewItemFixture.NOW;

class IssuingPublicationTest {

    private static final Actor OFFICE = Actor.office();
    private static final LocalDate MARCH = LocalDate.of(2026, 3, 20);

    private final InMemoryReviewItems items = new InMemoryReviewItems();
    private final InMemoryPublications publications = new InMemoryPublications();
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final ComposingPublication composing = new ComposingPublication(publications, items, clock);
    private final IssuingPublication issuing = new IssuingPublication(publications, items, clock,
            ZoneId.of("Asia/Shanghai"), "政协清河县委员会办公室", ReferenceDataFixture.LEADERS);

    @Test
    void issuesAreNumberedPerKindAndYear() {
        assertThat(issue(IssueKind.REGULAR, MARCH, adopted()).number()).isEqualTo(1);
        assertThat(issue(IssueKind.REGULAR, MARCH, adopted()).number()).isEqualTo(2);
        assertThat(issue(IssueKind.SPECIAL, MARCH, adopted()).number()).isEqualTo(1);
        Publication nextYear = issue(IssueKind.REGULAR, LocalDate.of(2027, 1, 5), adopted());
        assertThat(nextYear.year()).isEqualTo(2027);
        assertThat(nextYear.number()).isEqualTo(1);
    }

    @Test
    void aNumberTakenByAConcurrentIssueMakesTheIssueDrawTheNext() {
        issue(IssueKind.REGULAR, MARCH, adopted());
        publications.lagBehind(1);

        assertThat(issue(IssueKind.REGULAR, MARCH, adopted()).number()).isEqualTo(2);
    }

    @Test
    void issuingARegularIssuePublishesItsReportsWhichLinkBackToIt() {
        ReviewItem first = adopted();
        ReviewItem second = adopted();

        Publication issue = issue(IssueKind.REGULAR, MARCH, first, second);

        assertThat(issue.status()).isEqualTo(PublicationStatus.ISSUED);
        assertThat(issue.isPending()).isFalse();
        for (ReviewItem report : List.of(first, second)) {
            ReviewItem published = items.get(report.id());
            assertThat(published.status()).isEqualTo(ReportStatus.PUBLISHED);
            assertThat(published.publications()).singleElement()
                    .satisfies(ref -> assertThat(ref.citation()).isEqualTo("《社情民意》2026年第1期"));
            assertThat(items.eventsOf(report.id())).extracting(InMemoryReviewItems::name).containsExactly("ReportPublished");
        }
    }

    @Test
    void issuingASpecialIssueAlsoSendsItsReportsToTheLeaders() {
        ReviewItem report = adopted();

        issue(IssueKind.SPECIAL, MARCH, report);

        assertThat(items.get(report.id()).status()).isEqualTo(ReportStatus.SENT_TO_LEADERS);
        assertThat(items.eventsOf(report.id())).extracting(InMemoryReviewItems::name)
                .containsExactly("ReportPublished", "ReportSentToLeaders");
    }

    @Test
    void aCrashHalfWayThroughTheReportsIsCompletedByTheSweepEachReportOnce() {
        ReviewItem first = adopted();
        ReviewItem second = adopted();
        Publication draft = composing.compose(command(IssueKind.REGULAR, first, second), OFFICE);
        items.crashOnWriteOf(item -> item.id().equals(second.id()));

        Publication pending = issuing.issue(draft.id(), MARCH, null, OFFICE);

        assertThat(pending.status()).isEqualTo(PublicationStatus.ISSUED);
        assertThat(pending.pending()).containsExactly(first.id(), second.id());
        assertThat(items.get(second.id()).status()).isEqualTo(ReportStatus.ADOPTED);

        assertThat(issuing.completePending(NOW.plusSeconds(1), 10)).isEqualTo(1);

        assertThat(publications.get(draft.id()).isPending()).isFalse();
        assertThat(items.eventsOf(first.id())).hasSize(1);
        assertThat(items.eventsOf(second.id())).extracting(InMemoryReviewItems::name).containsExactly("ReportPublished");
        assertThat(issuing.completePending(NOW.plusSeconds(1), 10)).isZero();
    }

    @Test
    void aReportSentOnItsOwnBeforeTheIssueCompletedIsSkippedButStillCarried() {
        ReviewItem first = adopted();
        ReviewItem second = adopted();
        Publication draft = composing.compose(command(IssueKind.REGULAR, first, second), OFFICE);
        items.crashOnWriteOf(item -> item.id().equals(first.id()));
        issuing.issue(draft.id(), MARCH, null, OFFICE);
        ReviewItem sent = items.get(first.id());
        sent.sendToLeaders(ReferenceDataFixture.COUNTY_LEADERS, OFFICE, NOW);
        items.update(sent, List.of());

        issuing.completePending(NOW.plusSeconds(1), 10);

        Publication issue = publications.get(draft.id());
        assertThat(issue.skipped()).singleElement()
                .satisfies(s -> assertThat(s.status()).isEqualTo(ReportStatus.SENT_TO_LEADERS));
        assertThat(issue.reports()).hasSize(2);
        assertThat(items.get(second.id()).status()).isEqualTo(ReportStatus.PUBLISHED);
    }

    @Test
    void aSpecialIssueSendsItsReportsToEveryCountyLeaderUnlessTheOfficeNamesThem() {
        ReviewItem first = adopted();
        ReviewItem second = adopted();

        Publication toAll = issue(IssueKind.SPECIAL, MARCH, first);
        Publication draft = composing.compose(command(IssueKind.SPECIAL, second), OFFICE);
        Publication toTwo = issuing.issue(draft.id(), MARCH, List.of("county-head", "city-mayor"), OFFICE);

        assertThat(toAll.leaders()).isEqualTo(ReferenceDataFixture.COUNTY_LEADERS);
        assertThat(items.get(first.id()).sentTo()).isEqualTo(ReferenceDataFixture.COUNTY_LEADERS);
        assertThat(toTwo.leaders()).containsExactly("county-head", "city-mayor");
        assertThat(items.eventsOf(second.id())).last().isInstanceOfSatisfying(ReportSentToLeaders.class,
                sent -> assertThat(sent.leaders()).containsExactly("county-head", "city-mayor"));
    }

    @Test
    void leadersAreNamedOnlyForASpecialIssueAndMustBeKnown() {
        ReviewItem report = adopted();
        Publication regular = composing.compose(command(IssueKind.REGULAR, report), OFFICE);
        Publication special = composing.compose(command(IssueKind.SPECIAL, adopted()), OFFICE);

        assertThatThrownBy(() -> issuing.issue(regular.id(), MARCH, List.of("county-head"), OFFICE))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::code)
                        .containsExactly(tuple("leaders", "not_allowed")));
        assertThatThrownBy(() -> issuing.issue(special.id(), MARCH, List.of("county-head", "nobody"), OFFICE))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("leaders[1]"));
        assertThat(publications.get(regular.id()).status()).isEqualTo(PublicationStatus.DRAFT);
        assertThat(publications.get(special.id()).status()).isEqualTo(PublicationStatus.DRAFT);
        assertThat(issuing.issue(regular.id(), MARCH, List.of(), OFFICE).leaders()).isEmpty();
    }

    @Test
    void onlyAdoptedReportsNotYetInAnIssueOfTheKindAreComposed() {
        ReviewItem underReview = items.given(ReviewItemFixture.underReview("economy"));
        ReviewItem published = adopted();
        issue(IssueKind.REGULAR, MARCH, published);

        assertThatThrownBy(() -> composing.compose(command(IssueKind.REGULAR, underReview), OFFICE))
                .isInstanceOf(IllegalTransition.class)
                .satisfies(e -> assertThat(((IllegalTransition) e).reportId()).isEqualTo(underReview.id()));
        assertThatThrownBy(() -> composing.compose(command(IssueKind.REGULAR, published), OFFICE))
                .isInstanceOf(IllegalTransition.class);
        assertThat(composing.compose(command(IssueKind.SPECIAL, published), OFFICE).status())
                .isEqualTo(PublicationStatus.DRAFT);
    }

    @Test
    void unknownOrRepeatedReportsAreNamed() {
        ReviewItem report = adopted();

        assertThatThrownBy(() -> composing.compose(new PublicationCommand(IssueKind.REGULAR,
                List.of(report.id(), new ReportId("nope"), report.id()), IssueTexts.NONE), OFFICE))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("reports[1]", "reports[2]"));
    }

    private ReviewItem adopted() {
        return items.given(ReviewItemFixture.adopted("economy"));
    }

    private Publication issue(IssueKind kind, LocalDate on, ReviewItem... reports) {
        Publication draft = composing.compose(command(kind, reports), OFFICE);
        return issuing.issue(draft.id(), on, null, OFFICE);
    }

    private static PublicationCommand command(IssueKind kind, ReviewItem... reports) {
        return new PublicationCommand(kind, List.of(reports).stream().map(ReviewItem::id).toList(), IssueTexts.NONE);
    }
}
