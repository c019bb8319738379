package org.minyi.review.publication.application;

import org.minyi.review.publication.domain.PublicationId;

/** No such publication, or none the caller may see: the two are not told apart. */
public class PublicationNotFound extends RuntimeException {

    public PublicationNotFound(PublicationId id) {
        super("publication " + id + " not found");
    }
}
