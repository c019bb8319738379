package org.minyi.review.publication.domain;

import org.minyi.review.queue.domain.Actor;
import org.minyi.review.queue.domain.Role;

/**
 * Which publications a caller may see, as a condition the store applies in its queries: the office all of
 * them, drafts included; the leaders, to whom they are addressed, and their secretariat the issued ones;
 * nobody else any.
 */
public enum PublicationVisibility {
    ALL, ISSUED, NONE;

    public static PublicationVisibility of(Actor actor) {
        if (actor.is(Role.OFFICE)) {
            return ALL;
        }
        return actor.is(Role.LEADER) || actor.is(Role.LEADERS_OFFICE) ? ISSUED : NONE;
    }
}
