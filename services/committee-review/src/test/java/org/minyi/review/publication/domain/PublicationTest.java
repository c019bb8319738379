package org.minyi.review.publication.domain;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.minyi.review.queue.domain.Actor;
import org.minyi.review.queue.domain.IssueKind;
import org.minyi.review.queue.domain.PublicationRef;
import org.minyi.review.queue.domain.ReportStatus;
import org.minyi.review.queue.domain.ReviewRefused;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minyi.review.publication.domain.PublicationFixture.ISSUED_ON;
import static org.minyi.review.publication.domain.PublicationFixture.NOW;
import static org.minyi.review.publication.domain.PublicationFixture.carried;
import static org.minyi.review.publication.domain.PublicationFixture.draft;
import static org.minyi.review.publication.domain.PublicationFixture.issued;

class PublicationTest {

    private final CarriedReport first = carried("r-1", "关于老旧小区加装电梯的建议", List.of("m0001"));
    private final CarriedReport second = carried("r-2", "关于农村客运班线停运的建议", List.of("m0002"));

    @Test
    void aComposedIssueIsAnUnnumberedDraft() {
        Publication draft = draft(IssueKind.REGULAR, first, second);

        assertThat(draft.status()).isEqualTo(PublicationStatus.DRAFT);
        assertThat(draft.number()).isNull();
        assertThat(draft.reports()).containsExactly(first, second);
        assertThat(draft.createdBy()).isEqualTo("office");
    }

    @Test
    void aDraftMayBeRevised() {
        Publication draft = draft(IssueKind.REGULAR, first);

        draft.revise(IssueKind.SPECIAL, List.of(second, first), new IssueTexts("专题", "编者按内容", null), Actor.office(),
                NOW);

        assertThat(draft.kind()).isEqualTo(IssueKind.SPECIAL);
        assertThat(draft.reports()).containsExactly(second, first);
        assertThat(draft.texts().editorNote()).isEqualTo("编者按内容");
    }

    @Test
    void issuingNumbersTheIssueDatesItAndLeavesEveryReportPending() {
        Publication issue = issued(IssueKind.REGULAR, 3, first, second);

        assertThat(issue.status()).isEqualTo(PublicationStatus.ISSUED);
        assertThat(issue.year()).isEqualTo(2026);
        assertThat(issue.number()).isEqualTo(3);
        assertThat(issue.issuedOn()).isEqualTo(ISSUED_ON);
        assertThat(issue.issuer()).isEqualTo("政协清河县委员会办公室");
        assertThat(issue.pending()).containsExactly(first.reportId(), second.reportId());
        assertThat(issue.ref()).isEqualTo(new PublicationRef(issue.id().value(), IssueKind.REGULAR, 2026, 3, ISSUED_ON));
        assertThat(issue.ref().citation()).isEqualTo("《社情民意》2026年第3期");
    }

    @Test
    void anIssuedIssueIsNeitherRevisedNorIssuedAgain() {
        Publication issue = issued(IssueKind.SPECIAL, 1, first);

        assertThatThrownBy(() -> issue.revise(IssueKind.SPECIAL, List.of(second), IssueTexts.NONE, Actor.office(), NOW))
                .isInstanceOf(IssuedAlready.class)
                .satisfies(e -> assertThat(((IssuedAlready) e).current()).isEqualTo(PublicationStatus.ISSUED));
        assertThatThrownBy(() -> issue.issue(2, ISSUED_ON, "x", List.of("county-head"), List.of(first), Actor.office(),
                NOW))
                .isInstanceOf(IssuedAlready.class);
        assertThat(issue.ref().citation()).isEqualTo("《政协信息专报》2026年第1期");
    }

    @Test
    void completingTheIssueClearsWhatWasPendingAndKeepsWhatWasSkipped() {
        Publication issue = issued(IssueKind.REGULAR, 1, first, second);

        issue.completeIssue(List.of(new Publication.Skipped(second.reportId(), ReportStatus.SENT_TO_LEADERS)), NOW);

        assertThat(issue.isPending()).isFalse();
        assertThat(issue.skipped()).extracting(Publication.Skipped::status).containsExactly(ReportStatus.SENT_TO_LEADERS);
    }

    @Test
    void anIssueCarriesEachReportOnceAndOnlyTheOfficeComposesIt() {
        assertThatThrownBy(() -> draft(IssueKind.REGULAR, first, first)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Publication.compose(PublicationId.next(), IssueKind.REGULAR, List.of(first),
                IssueTexts.NONE, Actor.reviewer("economy"), NOW)).isInstanceOf(ReviewRefused.class);
    }
}
