package org.minyi.events.followup;

/** Topics that follow-up produces. */
public final class FollowUpTopics {

    /** Handling outcomes: every unit fed back, satisfaction rated. */
    public static final String HANDLING_EVENTS = "followup.handling-events";

    /** What concerns authors, stations and units; read by delivery channels. */
    public static final String NOTIFICATIONS = "followup.notifications";

    private FollowUpTopics() {
    }
}
