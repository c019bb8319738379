package org.minyi.review.queue.domain;

import java.util.Objects;

/** What a committee decides about a report under review; each kind carries what it requires. */
public sealed interface Decision permits Decision.Adopt, Decision.Decline, Decision.ReturnForRevision {

    /** The reviewer's comment; optional except when returning. */
    String comment();

    /** 采用, with the committee's grade. */
    record Adopt(Grade grade, String comment) implements Decision {

        public Adopt {
            Objects.requireNonNull(grade, "an adopted report needs a grade");
        }
    }

    /** 不予采用, with a reason (a short code or text). */
    record Decline(String reason, String comment) implements Decision {

        public Decline {
            if (reason == null || reason.isBlank()) {
                throw new IllegalArgumentException("a declined report needs a reason");
            }
        }
    }

    /** 退回修改: back to the authors, with the comment that says what to revise. */
    record ReturnForRevision(String comment) implements Decision {

        public ReturnForRevision {
            if (comment == null || comment.isBlank()) {
                throw new IllegalArgumentException("a returned report needs a comment");
            }
        }
    }
}
