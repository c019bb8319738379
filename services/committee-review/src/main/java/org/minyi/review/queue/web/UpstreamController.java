package org.minyi.review.queue.web;

import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.minyi.chassis.problem.FieldProblem;
import org.minyi.chassis.problem.InvalidInput;
import org.minyi.chassis.web.Paging;
import org.minyi.review.queue.application.FindingUpstreamLedger;
import org.minyi.review.queue.application.RecordingUpstreamSubmission;
import org.minyi.review.queue.domain.Actor;
import org.minyi.review.queue.domain.ReportId;
import org.minyi.review.queue.domain.UpstreamLedger;
import org.minyi.review.queue.printing.UpstreamWorkbook;
import org.minyi.review.queue.web.ReviewResponses.SubmissionView;
import org.minyi.review.queue.web.ReviewResponses.UpstreamAdoptionView;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sending up to higher CPPCCs (报送上级政协): the office records each submission on the report; the year's ledger
 * of submissions and their adoptions, with totals and rates per level, reads as JSON and as a workbook.
 */
@RestController
@RequestMapping("/api/review")
class UpstreamController {

    private static final MediaType XLSX = MediaType.parseMediaType(UpstreamWorkbook.CONTENT_TYPE);
    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2100;

    private final RecordingUpstreamSubmission recording;
    private final FindingUpstreamLedger finding;

    UpstreamController(RecordingUpstreamSubmission recording, FindingUpstreamLedger finding) {
        this.recording = recording;
        this.finding = finding;
    }

    /** 201 with the submission recorded; 200 with the one recorded already for a repeat of the same line. */
    @PostMapping("/reports/{id}/upstream-submissions")
    ResponseEntity<SubmissionView> submit(@PathVariable String id,
                                          @RequestBody(required = false) UpstreamSubmissionRequest body,
                                          @AuthenticationPrincipal Jwt jwt) {
        UpstreamSubmissionRequest.Checked request = (body == null ? UpstreamSubmissionRequest.missingBody() : body)
                .checked();
        RecordingUpstreamSubmission.Submitted submitted = recording.submit(new ReportId(id), request.level(),
                request.submittedOn(), request.channel(), Actors.from(jwt));
        SubmissionView view = SubmissionView.of(submitted.item(), submitted.submission());
        return submitted.created()
                ? ResponseEntity.created(URI.create("/api/review/reports/" + id)).body(view)
                : ResponseEntity.ok(view);
    }

    @GetMapping("/upstream")
    LedgerPage ledger(@RequestParam(required = false) Integer year,
                      @RequestParam(defaultValue = "0") int page,
                      @RequestParam(defaultValue = "20") int size,
                      @AuthenticationPrincipal Jwt jwt) {
        UpstreamLedger ledger = finding.ledger(year(year), Actors.from(jwt));
        Paging paging = Paging.of(page, size);
        List<LedgerEntry> items = ledger.entries().stream().skip(paging.skip()).limit(paging.size())
                .map(LedgerEntry::of).toList();
        return new LedgerPage(items, paging.page(), paging.size(), ledger.entries().size(), ledger.year(),
                ledger.totals().stream().map(TotalView::of).toList(), TotalView.of(ledger.overall()));
    }

    @GetMapping("/upstream/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) Integer year, @AuthenticationPrincipal Jwt jwt) {
        UpstreamLedger ledger = finding.ledger(year(year), Actors.from(jwt));
        ContentDisposition disposition = ContentDisposition.attachment()
                .filename(UpstreamWorkbook.fileName(ledger.year()), StandardCharsets.UTF_8).build();
        return ResponseEntity.status(HttpStatus.OK).contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .body(UpstreamWorkbook.write(ledger));
    }

    /** The year asked for, this year in the county when none; 400 outside 2000–2100. */
    private int year(Integer asked) {
        int year = asked == null ? finding.thisYear() : asked;
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new InvalidInput(new FieldProblem("year", "bad_value", "年度应在2000至2100之间",
                    "year must be between 2000 and 2100"));
        }
        return year;
    }

    /**
     * The year's ledger, a page of its submissions newest first, with the totals of the whole year.
     *
     * @param totals  per level (CITY, PROVINCE, NATIONAL, zeros included)
     * @param overall every level together
     */
    record LedgerPage(List<LedgerEntry> items, int page, int size, long total, int year, List<TotalView> totals,
                      TotalView overall) {
    }

    /**
     * @param title    {@code null} for a caller who reads codes only (VIEWER)
     * @param state    PENDING (待反馈) or ANSWERED (已采用)
     * @param adoption the adoption that answered it; {@code null} while pending
     */
    record LedgerEntry(String submissionId, String reportId, String trackingNumber, String title, String committee,
                       String level, LocalDate submittedOn, String channel, String submittedBy, Instant submittedAt,
                       String state, UpstreamAdoptionView adoption) {

        static LedgerEntry of(UpstreamLedger.Entry e) {
            return new LedgerEntry(e.submission().id(), e.reportId().value(), e.trackingNumber(), e.title(),
                    e.committee(), e.submission().level().name(), e.submission().submittedOn(),
                    e.submission().channel(), e.submission().submittedBy(), e.submission().submittedAt(),
                    e.isAnswered() ? "ANSWERED" : "PENDING", e.answer().map(UpstreamAdoptionView::of).orElse(null));
        }
    }

    /** @param level {@code null} for the overall totals */
    record TotalView(String level, int submitted, int adopted, int pending, BigDecimal rate) {

        static TotalView of(UpstreamLedger.Total t) {
            return new TotalView(t.level() == null ? null : t.level().name(), t.submitted(), t.adopted(), t.pending(),
                    t.rate());
        }
    }
}
