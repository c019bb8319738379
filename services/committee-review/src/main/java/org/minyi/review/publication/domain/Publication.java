package org.minyi.review.publication.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.minyi.review.queue.domain.Actor;
import org.minyi.review.queue.domain.IssueKind;
import org.minyi.review.queue.domain.PublicationRef;
import org.minyi.review.queue.domain.ReportId;
import org.minyi.review.queue.domain.ReportStatus;
import org.minyi.review.queue.domain.ReviewPolicy;
import org.minyi.review.queue.domain.Role;

/**
 * An issue of 《社情民意》 (REGULAR) or 《政协信息专报》 (SPECIAL), composed by the office from adopted reports.
 * A draft may be revised; issuing it gives it its number — per kind and year, 第N期 — and its date, and
 * from then on it does not change.
 *
 * <p>Issuing moves every report it carries to PUBLISHED (and, for a 《专报》, on to SENT_TO_LEADERS, to the
 * leaders chosen when it was issued — every county leader unless the office named them). Those
 * are writes to other documents, so the issue is stored first with every report {@code pending}; each
 * report then takes the issue on its own, idempotently, and the issue is completed last. A report that
 * could no longer be published by then (sent to the leaders on its own meanwhile, say) is recorded as
 * skipped; it is still printed, as it was composed.
 */
public final class Publication {

    public static final int MAX_REPORTS = 30;

    private final PublicationId id;
    private IssueKind kind;
    private PublicationStatus status;
    private IssueTexts texts;
    private List<CarriedReport> reports;
    private Integer year;
    private Integer number;
    private LocalDate issuedOn;
    private Instant issuedAt;
    private String issuedBy;
    private String issuer;
    private List<String> leaders;
    private List<ReportId> pending;
    private List<Skipped> skipped;
    private final String createdBy;
    private final Instant createdAt;
    private Instant updatedAt;
    private final long version;

    private Publication(Stored s) {
        this.id = Objects.requireNonNull(s.id());
        this.kind = Objects.requireNonNull(s.kind());
        this.status = Objects.requireNonNull(s.status());
        this.texts = s.texts() == null ? IssueTexts.NONE : s.texts();
        this.reports = List.copyOf(s.reports());
        this.year = s.year();
        this.number = s.number();
        this.issuedOn = s.issuedOn();
        this.issuedAt = s.issuedAt();
        this.issuedBy = s.issuedBy();
        this.issuer = s.issuer();
        this.leaders = List.copyOf(s.leaders() == null ? List.of() : s.leaders());
        this.pending = List.copyOf(s.pending() == null ? List.of() : s.pending());
        this.skipped = List.copyOf(s.skipped() == null ? List.of() : s.skipped());
        this.createdBy = s.createdBy();
        this.createdAt = s.createdAt();
        this.updatedAt = s.updatedAt();
        this.version = s.version();
    }

    /**
     * The office composes a draft. Whether each report may be carried is checked by the caller against
     * the reports themselves.
     */
    public static Publication compose(PublicationId id, IssueKind kind, List<CarriedReport> reports, IssueTexts texts,
                                      Actor by, Instant now) {
        ReviewPolicy.checkMayPublish(by);
        checkReports(reports);
        return new Publication(new Stored(id, kind, PublicationStatus.DRAFT, texts, reports, null, null, null, null,
                null, null, List.of(), List.of(), List.of(), by.principal(), now, now, 0));
    }

    public static Publication restore(Stored stored) {
        return new Publication(stored);
    }

    /**
     * Replaces a draft's kind, reports and texts.
     *
     * @throws IssuedAlready once issued
     */
    public void revise(IssueKind newKind, List<CarriedReport> newReports, IssueTexts newTexts, Actor by, Instant now) {
        ReviewPolicy.checkMayPublish(by);
        checkDraft();
        checkReports(newReports);
        kind = Objects.requireNonNull(newKind, "kind");
        reports = List.copyOf(newReports);
        texts = newTexts == null ? IssueTexts.NONE : newTexts;
        updatedAt = now;
    }

    /**
     * Issues the draft as number {@code issueNumber} of its kind in {@code date}'s year, with the reports
     * as they are now; every report is pending until it has taken the issue.
     *
     * @param sendTo for a 《专报》, the leaders its reports go to (at least one); for 《社情民意》, none
     * @throws IssuedAlready once issued
     */
    public void issue(int issueNumber, LocalDate date, String issuingOffice, List<String> sendTo,
                      List<CarriedReport> current, Actor by, Instant now) {
        ReviewPolicy.checkMayPublish(by);
        checkDraft();
        checkReports(current);
        if (issueNumber < 1) {
            throw new IllegalArgumentException("issues are numbered from 1: " + issueNumber);
        }
        if ((kind == IssueKind.SPECIAL) == sendTo.isEmpty()) {
            throw new IllegalArgumentException("a 《专报》 goes to at least one leader, a 《社情民意》 to none: " + sendTo);
        }
        leaders = List.copyOf(sendTo);
        status = PublicationStatus.ISSUED;
        reports = List.copyOf(current);
        year = date.getYear();
        number = issueNumber;
        issuedOn = date;
        issuedAt = now;
        issuedBy = by.principal();
        issuer = issuingOffice;
        pending = reports.stream().map(CarriedReport::reportId).toList();
        updatedAt = now;
    }

    /** Every report took the issue, or was skipped. */
    public void completeIssue(List<Skipped> left, Instant now) {
        if (status != PublicationStatus.ISSUED) {
            throw new IllegalStateException("publication " + id + " is not issued");
        }
        pending = List.of();
        skipped = List.copyOf(left);
        updatedAt = now;
    }

    /** How the reports link back to the issue; only for an issued one. */
    public PublicationRef ref() {
        if (status != PublicationStatus.ISSUED) {
            throw new IllegalStateException("publication " + id + " is not issued");
        }
        return new PublicationRef(id.value(), kind, year, number, issuedOn);
    }

    /** Who issued it, as the reports' steps record it. */
    public Actor issuingActor() {
        return new Actor(issuedBy == null ? createdBy : issuedBy, Role.OFFICE, null);
    }

    public boolean isPending() {
        return !pending.isEmpty();
    }

    /**
     * Checks the publication is still a draft, before anything else is read for a revision or an issue.
     *
     * @throws IssuedAlready once issued
     */
    public void checkDraft() {
        if (status != PublicationStatus.DRAFT) {
            throw new IssuedAlready(id, ref().citation());
        }
    }

    private static void checkReports(List<CarriedReport> reports) {
        if (reports.isEmpty() || reports.size() > MAX_REPORTS) {
            throw new IllegalArgumentException("an issue carries 1 to " + MAX_REPORTS + " reports");
        }
        if (reports.stream().map(CarriedReport::reportId).distinct().count() != reports.size()) {
            throw new IllegalArgumentException("an issue carries each report once");
        }
    }

    public PublicationId id() {
        return id;
    }

    public IssueKind kind() {
        return kind;
    }

    public PublicationStatus status() {
        return status;
    }

    public IssueTexts texts() {
        return texts;
    }

    public List<CarriedReport> reports() {
        return reports;
    }

    /** {@code null} for a draft. */
    public Integer year() {
        return year;
    }

    /** {@code null} for a draft. */
    public Integer number() {
        return number;
    }

    public LocalDate issuedOn() {
        return issuedOn;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public String issuedBy() {
        return issuedBy;
    }

    /** The issuing office as printed, e.g. 政协清河县委员会办公室; {@code null} for a draft. */
    public String issuer() {
        return issuer;
    }

    /** For an issued 《专报》, the codes of the leaders its reports go to; empty otherwise. */
    public List<String> leaders() {
        return leaders;
    }

    /** Reports that have not yet taken the issue. */
    public List<ReportId> pending() {
        return pending;
    }

    public List<Skipped> skipped() {
        return skipped;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }

    /** A carried report that could not take the issue, and its status by then. */
    public record Skipped(ReportId reportId, ReportStatus status) {
    }

    public record Stored(PublicationId id, IssueKind kind, PublicationStatus status, IssueTexts texts,
                         List<CarriedReport> reports, Integer year, Integer number, LocalDate issuedOn,
                         Instant issuedAt, String issuedBy, String issuer, List<String> leaders,
                         List<ReportId> pending,
                         List<Skipped> skipped, String createdBy, Instant createdAt, Instant updatedAt, long version) {
    }
}
