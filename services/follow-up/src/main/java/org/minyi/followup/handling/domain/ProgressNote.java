package org.minyi.followup.handling.domain;

import java.time.Instant;

/** What a unit wrote about its progress; changes no status. */
public record ProgressNote(String text, String by, Instant at) {
}
