package org.minyi.review.publication.domain;

import java.util.Objects;
import java.util.UUID;

public record PublicationId(String value) {

    public PublicationId {
        Objects.requireNonNull(value, "value");
    }

    public static PublicationId next() {
        return new PublicationId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
