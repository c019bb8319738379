package org.minyi.followup.handling.web;

import java.nio.charset.StandardCharsets;

import org.minyi.chassis.web.Paging;
import org.minyi.followup.handling.application.ConcludingHandling;
import org.minyi.followup.handling.application.FindingHandling;
import org.minyi.followup.handling.application.ReadingTasks;
import org.minyi.followup.handling.application.UrgingUnits;
import org.minyi.followup.handling.application.WorkingOnTasks;
import org.minyi.followup.handling.domain.Actor;
import org.minyi.followup.handling.domain.PageOf;
import org.minyi.followup.handling.domain.ReportId;
import org.minyi.followup.handling.domain.TaskFilter;
import org.minyi.followup.handling.domain.TaskId;
import org.minyi.followup.handling.domain.TaskSheet;
import org.minyi.followup.handling.domain.TaskStatus;
import org.minyi.followup.handling.domain.TaskSummary;
import org.minyi.followup.handling.printing.DocxSheetWriter;
import org.minyi.followup.handling.web.HandlingRequests.FeedbackRequest;
import org.minyi.followup.handling.web.HandlingRequests.NoBody;
import org.minyi.followup.handling.web.HandlingRequests.ProgressRequest;
import org.minyi.followup.handling.web.HandlingRequests.SatisfactionRequest;
import org.minyi.followup.handling.web.HandlingRequests.UrgeRequest;
import org.minyi.followup.handling.web.HandlingResponses.HandlingView;
import org.minyi.followup.handling.web.HandlingResponses.TaskDetailView;
import org.minyi.followup.handling.web.HandlingResponses.TaskItem;
import org.minyi.followup.handling.web.HandlingResponses.TaskView;
import org.minyi.followup.reference.domain.ReferenceData;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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
 * The handling endpoints. Bodies are request records only; which handling or task the caller may see is
 * decided by the store's queries ({@code Visibility}), so an invisible one answers 404.
 */
@RestController
@RequestMapping("/api/handling")
class HandlingController {

    private static final MediaType DOCX = MediaType.parseMediaType(DocxSheetWriter.CONTENT_TYPE);

    private final WorkingOnTasks working;
    private final ConcludingHandling concluding;
    private final UrgingUnits urging;
    private final FindingHandling finding;
    private final ReadingTasks reading;
    private final ReferenceData names;

    HandlingController(WorkingOnTasks working, ConcludingHandling concluding, UrgingUnits urging,
                       FindingHandling finding, ReadingTasks reading, ReferenceData names) {
        this.working = working;
        this.concluding = concluding;
        this.urging = urging;
        this.finding = finding;
        this.reading = reading;
        this.names = names;
    }

    /** The office's overdue list (督办): open tasks past their deadline, escalated first. */
    @GetMapping("/overdue")
    Paging.Page<TaskItem> overdue(@RequestParam(required = false) String unit,
                                  @RequestParam(defaultValue = "0") int page,
                                  @RequestParam(defaultValue = "20") int size,
                                  @AuthenticationPrincipal Jwt jwt) {
        Paging paging = Paging.of(page, size);
        return pageOf(finding.overdue(Actors.from(jwt), HandlingRequests.unitParameter(unit), paging.page(),
                paging.size()));
    }

    /** The office urges (催办) one unit ({@code unit}) or every unit yet to feed back; the body is optional. */
    @PostMapping("/reports/{id}/urge")
    HandlingView urge(@PathVariable String id, @RequestBody(required = false) UrgeRequest body,
                      @AuthenticationPrincipal Jwt jwt) {
        UrgeRequest checked = (body == null ? UrgeRequest.EVERY_UNIT : body).checked();
        Actor actor = Actors.from(jwt);
        return HandlingView.of(urging.urge(new ReportId(id), checked.unit(), checked.comment(), actor), actor);
    }

    @GetMapping("/tasks")
    Paging.Page<TaskItem> tasks(@RequestParam(required = false) String unit,
                                @RequestParam(required = false) TaskStatus status,
                                @RequestParam(defaultValue = "0") int page,
                                @RequestParam(defaultValue = "20") int size,
                                @AuthenticationPrincipal Jwt jwt) {
        Paging paging = Paging.of(page, size);
        return pageOf(finding.tasks(Actors.from(jwt), new TaskFilter(HandlingRequests.unitParameter(unit), status),
                paging.page(), paging.size()));
    }

    /**
     * One task with what its unit acts on (the report's text, the instructions or the office's note) and the
     * other units on the report: for the unit that owns it and the office; 404 for anyone else.
     */
    @GetMapping("/tasks/{id}")
    TaskDetailView task(@PathVariable String id, @AuthenticationPrincipal Jwt jwt) {
        TaskId taskId = new TaskId(id);
        return TaskDetailView.of(reading.task(taskId, Actors.from(jwt)), taskId, names);
    }

    /** The task's printable assignment sheet (交办单) as a Word document; the same access as the task. */
    @GetMapping("/tasks/{id}/sheet")
    ResponseEntity<byte[]> sheet(@PathVariable String id, @AuthenticationPrincipal Jwt jwt) {
        TaskSheet sheet = reading.sheet(new TaskId(id), Actors.from(jwt));
        ContentDisposition disposition = ContentDisposition.attachment()
                .filename(sheet.fileName(), StandardCharsets.UTF_8).build();
        return ResponseEntity.ok().contentType(DOCX)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .body(DocxSheetWriter.write(sheet));
    }

    @GetMapping("/reports/{id}")
    HandlingView report(@PathVariable String id, @AuthenticationPrincipal Jwt jwt) {
        Actor actor = Actors.from(jwt);
        return HandlingView.of(finding.get(new ReportId(id), actor), actor);
    }

    @PostMapping("/tasks/{id}/progress")
    TaskView progress(@PathVariable String id, @RequestBody ProgressRequest body, @AuthenticationPrincipal Jwt jwt) {
        return TaskView.of(working.noteProgress(new TaskId(id), body.checked(), Actors.from(jwt)));
    }

    @PostMapping("/tasks/{id}/feedback")
    TaskView feedback(@PathVariable String id, @RequestBody FeedbackRequest body, @AuthenticationPrincipal Jwt jwt) {
        FeedbackRequest checked = body.checked();
        return TaskView.of(working.feedBack(new TaskId(id), checked.result(), checked.text(), Actors.from(jwt)));
    }

    @PostMapping("/reports/{id}/satisfaction")
    HandlingView satisfaction(@PathVariable String id, @RequestBody SatisfactionRequest body,
                              @AuthenticationPrincipal Jwt jwt) {
        SatisfactionRequest checked = body.checked();
        Actor actor = Actors.from(jwt);
        return HandlingView.of(concluding.rate(new ReportId(id), checked.rating(), checked.comment(), actor), actor);
    }

    @PostMapping("/reports/{id}/close")
    HandlingView close(@PathVariable String id, @RequestBody(required = false) NoBody body,
                       @AuthenticationPrincipal Jwt jwt) {
        Actor actor = Actors.from(jwt);
        return HandlingView.of(concluding.close(new ReportId(id), actor), actor);
    }

    private static Paging.Page<TaskItem> pageOf(PageOf<TaskSummary> found) {
        return new Paging.Page<>(found.items().stream().map(TaskItem::of).toList(), found.page(), found.size(),
                found.total());
    }
}
