package org.minyi.review.publication.domain;

/** The publication was issued: it can no longer be changed nor issued again. */
public class IssuedAlready extends RuntimeException {

    public IssuedAlready(PublicationId id, String citation) {
        super("publication " + id + " was issued as " + citation);
    }

    public PublicationStatus current() {
        return PublicationStatus.ISSUED;
    }
}
