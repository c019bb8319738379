package org.minyi.dashboard.board.web;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.http.HttpServletResponse;
import org.minyi.chassis.problem.FieldProblem;
import org.minyi.chassis.problem.InvalidInput;
import org.minyi.dashboard.board.application.LiveFeed;
import org.minyi.dashboard.board.domain.FeedEntry;
import org.minyi.dashboard.board.web.BoardViews.StatusEvent;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * {@code GET /api/dashboard/stream}: every status change as a Server-Sent Event ({@code id:} the feed
 * id, {@code event: report-status}, {@code data:} the event's codes as JSON), resumable with
 * {@code Last-Event-ID} (or {@code ?lastEventId=} for clients that cannot set headers).
 */
@RestController
class StatusStreamController {

    static final String EVENT_NAME = "report-status";

    private final LiveFeed feed;
    private final Duration timeout;

    StatusStreamController(LiveFeed feed, @Value("${minyi.feed.stream-timeout:30m}") Duration timeout) {
        this.feed = feed;
        this.timeout = timeout;
    }

    @GetMapping(path = "/api/dashboard/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(@RequestHeader(name = "Last-Event-ID", required = false) String lastEventIdHeader,
                      @RequestParam(name = "lastEventId", required = false) String lastEventIdParameter,
                      HttpServletResponse response) throws IOException {
        Long lastEventId = lastEventIdHeader != null
                ? lastEventId("Last-Event-ID", lastEventIdHeader)
                : lastEventId("lastEventId", lastEventIdParameter);
        response.setHeader("X-Accel-Buffering", "no");
        SseEmitter emitter = new SseEmitter(timeout.toMillis());
        emitter.send(SseEmitter.event().comment("connected").reconnectTime(3000));
        LiveFeed.Subscription subscription = feed.subscribe(new SseConnection(emitter), lastEventId);
        emitter.onCompletion(subscription::close);
        emitter.onTimeout(subscription::close);
        emitter.onError(error -> subscription.close());
        return emitter;
    }

    private static Long lastEventId(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String digits = value.trim();
        if (digits.matches("\\d{1,18}")) {
            return Long.parseLong(digits);
        }
        throw new InvalidInput(new FieldProblem(name, "bad_value", name + " 须为非负整数",
                name + " must be a non-negative integer"));
    }

    /** Writes feed entries to one emitter. */
    private static final class SseConnection implements LiveFeed.Connection {

        private final SseEmitter emitter;

        SseConnection(SseEmitter emitter) {
            this.emitter = emitter;
        }

        @Override
        public void send(FeedEntry entry) throws IOException {
            emitter.send(SseEmitter.event().id(Long.toString(entry.id())).name(EVENT_NAME)
                    .data(StatusEvent.of(entry.change()), MediaType.APPLICATION_JSON));
        }

        @Override
        public void heartbeat() throws IOException {
            emitter.send(SseEmitter.event().comment("heartbeat"));
        }

        @Override
        public void close() {
            emitter.complete();
        }
    }
}
