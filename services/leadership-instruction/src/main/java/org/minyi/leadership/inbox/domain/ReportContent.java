package org.minyi.leadership.inbox.domain;

import java.util.Objects;

/** The body of the report: 情况, 问题 (optional), 建议. */
public record ReportContent(String situation, String analysis, String suggestions) {

    public ReportContent {
        Objects.requireNonNull(situation, "situation");
        Objects.requireNonNull(suggestions, "suggestions");
    }
}
