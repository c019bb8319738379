package org.minyi.review.queue.domain;

/**
 * How an adoption is counted: 单篇采用 (the report adopted as written) or 综合采用 (its substance adopted
 * within a composite). A composite made by merging is always COMPOSITE; an ordinary report adopted as
 * COMPOSITE was used in a composite written outside this service.
 */
public enum AdoptionKind {
    SINGLE, COMPOSITE
}
