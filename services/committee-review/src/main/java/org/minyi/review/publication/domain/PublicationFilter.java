package org.minyi.review.publication.domain;

import org.minyi.review.queue.domain.IssueKind;

/** Which publications a list shows; every field optional. */
public record PublicationFilter(IssueKind kind, Integer year, PublicationStatus status) {
}
