package org.minyi.events;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.minyi.events.followup.NotificationRaised;
import org.minyi.events.followup.ReportClosed;
import org.minyi.events.followup.ReportHandled;
import org.minyi.events.followup.SatisfactionRated;
import org.minyi.events.intake.ReportSubmitted;
import org.minyi.events.leadership.InstructionIssued;
import org.minyi.events.leadership.InstructionReleased;
import org.minyi.events.leadership.ReportForwarded;
import org.minyi.events.review.ReportAdopted;
import org.minyi.events.review.ReportDeclined;
import org.minyi.events.review.ReportReturned;
import org.minyi.events.review.ReportPublished;
import org.minyi.events.review.ReportSentToLeaders;
import org.minyi.events.review.ReportTransferred;
import org.minyi.events.review.ReportsMerged;
import org.minyi.events.review.UpstreamAdopted;
import org.minyi.events.routing.ReportRouted;
import org.minyi.events.status.ReportFlagged;
import org.minyi.events.status.ReportStatusChanged;

/** Every event type of the platform, looked up by its logical name ({@code ce_type}). */
public final class EventTypes {

    public static final List<EventType<?>> ALL = List.of(
            ReportStatusChanged.TYPE,
            ReportFlagged.TYPE,
            ReportSubmitted.TYPE,
            ReportRouted.TYPE,
            ReportAdopted.TYPE,
            ReportDeclined.TYPE,
            ReportReturned.TYPE,
            ReportSentToLeaders.TYPE,
            ReportTransferred.TYPE,
            ReportsMerged.TYPE,
            ReportPublished.TYPE,
            UpstreamAdopted.TYPE,
            InstructionIssued.TYPE,
            ReportForwarded.TYPE,
            InstructionReleased.TYPE,
            ReportHandled.TYPE,
            SatisfactionRated.TYPE,
            ReportClosed.TYPE,
            NotificationRaised.TYPE);

    private static final Map<String, EventType<?>> BY_NAME =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventType::name, Function.identity()));

    private EventTypes() {
    }

    /** The type named {@code name}; empty for a type this version does not know (skip it, do not fail). */
    public static Optional<EventType<?>> named(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }
}
