package org.minyi.events.leadership;

/** Topics that leadership-instruction produces. */
public final class LeadershipTopics {

    /** Leaders' instructions (批示) and forwards (转办) that assign handling units; consumed by follow-up. */
    public static final String INSTRUCTION_EVENTS = "leadership.instruction-events";

    private LeadershipTopics() {
    }
}
