package org.minyi.review.publication.domain;

/** A publication is composed as a draft (numbered only when issued), then issued once. */
public enum PublicationStatus {
    DRAFT, ISSUED
}
