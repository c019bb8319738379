package org.minyi.review.publication.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.minyi.chassis.web.Paging;
import org.minyi.review.publication.application.ComposingPublication;
import org.minyi.review.publication.application.FindingPublications;
import org.minyi.review.publication.application.IssuingPublication;
import org.minyi.review.publication.application.PublicationCommand;
import org.minyi.review.publication.domain.PrintedIssue;
import org.minyi.review.publication.domain.Publication;
import org.minyi.review.publication.domain.PublicationFilter;
import org.minyi.review.publication.domain.PublicationId;
import org.minyi.review.publication.domain.PublicationStatus;
import org.minyi.review.publication.printing.DocxIssueWriter;
import org.minyi.review.publication.printing.HtmlIssueWriter;
import org.minyi.review.publication.web.PublicationResponses.PublicationView;
import org.minyi.review.queue.domain.Actor;
import org.minyi.review.queue.domain.IssueKind;
import org.minyi.review.queue.domain.PageOf;
import org.minyi.review.queue.web.Actors;
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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The office composes and issues 《社情民意》 and 《政协信息专报》; the office and the leaders read the issued
 * ones and print them (DOCX, or an HTML print view with {@code Accept: text/html}).
 */
@RestController
@RequestMapping("/api/publications")
class PublicationController {

    private static final MediaType DOCX = MediaType.parseMediaType(DocxIssueWriter.CONTENT_TYPE);
    /** The print view runs nothing and loads nothing: its texts are escaped, and this holds if one ever were not. */
    static final String PRINT_VIEW_POLICY = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; "
            + "form-action 'none'";

    private final ComposingPublication composing;
    private final IssuingPublication issuing;
    private final FindingPublications finding;

    PublicationController(ComposingPublication composing, IssuingPublication issuing, FindingPublications finding) {
        this.composing = composing;
        this.issuing = issuing;
        this.finding = finding;
    }

    @PostMapping
    ResponseEntity<PublicationView> compose(@RequestBody(required = false) PublicationRequest body,
                                            @AuthenticationPrincipal Jwt jwt) {
        PublicationRequest request = body == null ? PublicationRequest.missingBody() : body;
        PublicationCommand command = request.toCommand();
        Actor actor = actor(jwt);
        if (request.issueNow()) {
            issuing.leadersFor(command.kind(), request.leaderCodes());
        }
        Publication publication = composing.compose(command, actor);
        if (request.issueNow()) {
            publication = issuing.issue(publication.id(), request.issuedOn(), request.leaderCodes(), actor);
        }
        return ResponseEntity.created(URI.create("/api/publications/" + publication.id().value()))
                .body(PublicationView.of(publication));
    }

    @PutMapping("/{id}")
    PublicationView revise(@PathVariable String id, @RequestBody(required = false) PublicationRequest body,
                           @AuthenticationPrincipal Jwt jwt) {
        PublicationRequest request = body == null ? PublicationRequest.missingBody() : body;
        request.checkNoIssue();
        return PublicationView.of(composing.revise(new PublicationId(id), request.toCommand(), actor(jwt)));
    }

    /** Issues a draft; a 《专报》 goes to the {@code leaders} named, or to every county leader. */
    @PostMapping("/{id}/issue")
    PublicationView issue(@PathVariable String id, @RequestBody(required = false) IssueRequest body,
                          @AuthenticationPrincipal Jwt jwt) {
        IssueRequest request = body == null ? new IssueRequest(null, null) : body;
        return PublicationView.of(issuing.issue(new PublicationId(id), request.issuedOn(), request.checkedLeaders(),
                actor(jwt)));
    }

    @GetMapping
    Paging.Page<PublicationView> list(@RequestParam(required = false) IssueKind kind,
                                      @RequestParam(required = false) Integer year,
                                      @RequestParam(required = false) PublicationStatus status,
                                      @RequestParam(defaultValue = "0") int page,
                                      @RequestParam(defaultValue = "20") int size,
                                      @AuthenticationPrincipal Jwt jwt) {
        Paging paging = Paging.of(page, size);
        PageOf<Publication> found = finding.list(new PublicationFilter(kind, year, status), actor(jwt),
                paging.page(), paging.size());
        return new Paging.Page<>(found.items().stream().map(PublicationView::of).toList(), found.page(),
                found.size(), found.total());
    }

    @GetMapping("/{id}")
    PublicationView get(@PathVariable String id, @AuthenticationPrincipal Jwt jwt) {
        return PublicationView.of(finding.get(new PublicationId(id), actor(jwt)));
    }

    /** The printable issue: DOCX, unless the caller prefers {@code text/html} (a print view). */
    @GetMapping("/{id}/document")
    ResponseEntity<byte[]> document(@PathVariable String id,
                                    @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
                                    @AuthenticationPrincipal Jwt jwt) {
        PrintedIssue issue = finding.printable(new PublicationId(id), actor(jwt));
        if (prefersHtml(accept)) {
            return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                    .header("Content-Security-Policy", PRINT_VIEW_POLICY)
                    .body(HtmlIssueWriter.write(issue).getBytes(StandardCharsets.UTF_8));
        }
        ContentDisposition disposition = ContentDisposition.attachment()
                .filename(issue.documentTitle().replace("《", "").replace("》", "") + ".docx", StandardCharsets.UTF_8)
                .build();
        return ResponseEntity.status(HttpStatus.OK).contentType(DOCX)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .body(DocxIssueWriter.write(issue));
    }

    /** Whether {@code text/html} is asked for by name before the Word type; a wildcard means the Word file. */
    static boolean prefersHtml(String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        List<MediaType> types;
        try {
            types = MediaType.parseMediaTypes(accept);
        } catch (RuntimeException unreadable) {
            return false;
        }
        types = new ArrayList<>(types);
        types.sort(Comparator.comparingDouble(MediaType::getQualityValue).reversed());
        for (MediaType type : types) {
            if (type.isWildcardType() || type.isWildcardSubtype()) {
                continue;
            }
            if (type.isCompatibleWith(MediaType.TEXT_HTML) || type.isCompatibleWith(MediaType.APPLICATION_XHTML_XML)) {
                return true;
            }
            if (type.isCompatibleWith(DOCX)) {
                return false;
            }
        }
        return false;
    }

    private static Actor actor(Jwt jwt) {
        return Actors.from(jwt);
    }
}
