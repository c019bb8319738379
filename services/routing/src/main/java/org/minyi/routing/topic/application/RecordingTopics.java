package org.minyi.routing.topic.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.minyi.routing.reference.domain.CountyCodes;
import org.minyi.routing.reference.domain.FieldProblem;
import org.minyi.routing.reference.domain.InvalidInput;
import org.minyi.routing.reference.domain.Texts;
import org.minyi.routing.topic.domain.Topic;
import org.minyi.routing.topic.domain.TopicClosed;
import org.minyi.routing.topic.domain.TopicNotFound;
import org.minyi.routing.topic.domain.TopicPolicy;
import org.minyi.routing.topic.domain.Topics;

/**
 * The office records a topic handed down for a quarter. Without a code of its own the topic is
 * numbered within its quarter ({@code 2026Q2-01}, {@code -02}, …); two offices recording at once get
 * different numbers, because the store keeps a code once.
 */
public final class RecordingTopics {

    private static final int ATTEMPTS = 100;

    private final Topics topics;
    private final CountyCodes codes;
    private final Clock clock;
    private final ZoneId zone;

    public RecordingTopics(Topics topics, CountyCodes codes, Clock clock, ZoneId zone) {
        this.topics = topics;
        this.codes = codes;
        this.clock = clock;
        this.zone = zone;
    }

    /**
     * @throws InvalidInput    naming every bad field
     * @throws Topics.TopicTaken when the office's own code is taken
     */
    public Topic record(NewTopic topic, String by) {
        String code = Texts.normalise(topic.code());
        String title = Texts.normalise(topic.title());
        String description = Texts.normalise(topic.description());
        String quarter = Texts.normalise(topic.quarter());
        LocalDate today = clock.instant().atZone(zone).toLocalDate();
        List<FieldProblem> problems = TopicPolicy.check(code == null || code.isEmpty() ? null : code, title,
                description, quarter, topic.committees(), topic.deadline(), today, codes);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        String text = description == null || description.isEmpty() ? null : description;
        if (code != null && !code.isEmpty()) {
            Topic recorded = new Topic(code, title, text, quarter, topic.committees(), topic.deadline(),
                    clock.instant(), by);
            topics.add(recorded);
            return recorded;
        }
        long number = topics.countInQuarter(quarter) + 1;
        for (int attempt = 1; ; attempt++, number++) {
            Topic recorded = new Topic(String.format("%s-%02d", quarter, number), title, text, quarter,
                    topic.committees(), topic.deadline(), clock.instant(), by);
            try {
                topics.add(recorded);
                return recorded;
            } catch (Topics.TopicTaken e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /**
     * The office changes an open topic's wording, committees or deadline; the code and quarter stay.
     *
     * @throws TopicNotFound            when there is no such topic
     * @throws InvalidInput             naming every bad field (the rules of a new topic)
     * @throws TopicClosed              when the office closed it
     * @throws Topics.ChangedMeanwhile  when another change was stored since it was read
     */
    public Topic edit(String id, EditedTopic edited, String by) {
        Topic topic = topics.find(id).orElseThrow(() -> new TopicNotFound(id));
        String title = Texts.normalise(edited.title());
        String description = Texts.normalise(edited.description());
        LocalDate today = clock.instant().atZone(zone).toLocalDate();
        List<FieldProblem> problems = TopicPolicy.check(null, title, description, topic.quarter(), edited.committees(),
                edited.deadline(), today, codes);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Topic changed = topic.edit(title, description == null || description.isEmpty() ? null : description,
                edited.committees(), edited.deadline(), clock.instant(), by);
        topics.update(changed, topic.version());
        return changed;
    }

    /**
     * The office stops asking for reports on a topic before (or after) its deadline.
     *
     * @throws TopicNotFound when there is no such topic
     * @throws TopicClosed   when it is closed already
     */
    public Topic close(String id, String by) {
        Topic topic = topics.find(id).orElseThrow(() -> new TopicNotFound(id));
        Topic closed = topic.close(clock.instant().atZone(zone).toLocalDate(), clock.instant(), by);
        topics.update(closed, topic.version());
        return closed;
    }

    /** An open topic as the office rewrites it. */
    public record EditedTopic(String title, String description, List<String> committees, LocalDate deadline) {
    }

    /** A topic as the office describes it; {@code code} is optional. */
    public record NewTopic(String code, String title, String description, String quarter, List<String> committees,
                           LocalDate deadline) {
    }
}
