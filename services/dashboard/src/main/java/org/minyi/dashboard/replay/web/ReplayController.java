package org.minyi.dashboard.replay.web;

import java.time.Instant;
import java.util.Map;

import org.minyi.dashboard.replay.application.ReplayingProjections;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/dashboard/replay} (OFFICE): rebuild every projection from the topics' first offsets. */
@RestController
class ReplayController {

    private static final Logger log = LoggerFactory.getLogger(ReplayController.class);

    private final ReplayingProjections replaying;

    ReplayController(ReplayingProjections replaying) {
        this.replaying = replaying;
    }

    /** 202 with when the consumers started again; 409 {@code replay-refused} when the group is in use elsewhere. */
    @PostMapping("/api/dashboard/replay")
    ResponseEntity<Map<String, Instant>> replay(@AuthenticationPrincipal Jwt caller) {
        log.info("Replay of every projection asked for by {}", caller.getSubject());
        return ResponseEntity.accepted().body(Map.of("startedAt", replaying.replay()));
    }
}
