package org.minyi.leadership.inbox.application;

import java.util.List;

import org.minyi.leadership.inbox.domain.Level;
import org.minyi.leadership.inbox.domain.UnitAssignment;

/** A leader's instruction as asked for: who, at which level, what, and to which units. */
public record IssueInstruction(String leader, Level level, String text, List<UnitAssignment> units) {
}
