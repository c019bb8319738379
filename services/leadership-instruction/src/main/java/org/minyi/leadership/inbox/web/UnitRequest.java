package org.minyi.leadership.inbox.web;

import java.time.LocalDate;

import org.minyi.leadership.inbox.domain.UnitRole;

/** One unit of an instruction or forward: {@code {unit, role: LEAD|SUPPORT, deadline}}. */
record UnitRequest(String unit, UnitRole role, LocalDate deadline) {
}
