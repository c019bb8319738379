package org.minyi.leadership.inbox.domain;

import java.util.Objects;

/**
 * A Party or government leader of the reference data ({@code leaders}): who a report is sent to and who
 * instructs it.
 *
 * @param title the post (职务), e.g. 县长
 * @param level the level the leader instructs at unless told otherwise
 */
public record Leader(String code, String name, String title, Level level) {

    public Leader {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
    }
}
