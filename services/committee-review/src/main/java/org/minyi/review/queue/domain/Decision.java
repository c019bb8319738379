package org.minyi.review.queue.domain;

import java.util.Objects;

/** What a committee decides about a report under review; each kind carries what it requires. */
public sealed interface Decision permits Decision.Adopt, Decision.Decline, Decision.ReturnForRevision {

    /** The reviewer's comment; optional except when returning. */
    String comment();

    /** 采用, with the committee's grade and how the adoption counts (单篇 or 综合). */
    record Adopt(Grade grade, AdoptionKind kind, String comment) implements Decision {

        public Adopt {
            Objects.requireNonNull(grade, "an adopted report needs a grade");
            kind = kind == null ? AdoptionKind.SINGLE : kind;
        }

        /** A single (单篇) adoption. */
        public Adopt(Grade grade, String comment) {
            this(grade, AdoptionKind.SINGLE, comment);
        }
    }

    /**
     * 不予采用, with a reason code from the office's list and, once checked against it, the reason as the list
     * worded it at the time: {@code reasonLabel} (zh-CN) and {@code reasonLabelEn} (English, {@code null} when
     * the list had none). A decision stored before the English label was kept has none either.
     */
    record Decline(String reason, String reasonLabel, String reasonLabelEn, String comment) implements Decision {

        public Decline {
            if (reason == null || reason.isBlank()) {
                throw new IllegalArgumentException("a declined report needs a reason");
            }
        }

        /** A decline as requested: the reason's code, not yet checked against the office's list. */
        public Decline(String reason, String comment) {
            this(reason, null, null, comment);
        }

        /** The same decline, with the words the office's list gives its reason now. */
        public Decline labelled(DeclineReason listed) {
            if (!listed.code().equals(reason)) {
                throw new IllegalArgumentException("the listed reason " + listed.code() + " is not " + reason);
            }
            return new Decline(reason, listed.label(), listed.labelEn(), comment);
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
