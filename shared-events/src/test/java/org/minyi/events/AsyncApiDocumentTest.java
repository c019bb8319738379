package org.minyi.events;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.minyi.events.followup.FollowUpTopics;
import org.minyi.events.intake.IntakeTopics;
import org.minyi.events.leadership.LeadershipTopics;
import org.minyi.events.review.ReviewTopics;
import org.minyi.events.routing.RoutingTopics;
import org.minyi.events.status.ReportStatusTopic;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hand-written AsyncAPI document must describe exactly the topics, event types and payload
 * fields that the code defines.
 */
class AsyncApiDocumentTest {

    private static final List<Class<?>> TOPIC_CLASSES = List.of(ReportStatusTopic.class, IntakeTopics.class,
            RoutingTopics.class, ReviewTopics.class, LeadershipTopics.class, FollowUpTopics.class);

    private final JsonNode doc = load();

    @Test
    void isAnAsyncApi3Document() {
        assertThat(doc.path("asyncapi").asString()).startsWith("3.");
        assertThat(doc.path("info").path("title").asString()).isNotBlank();
    }

    @Test
    void describesEveryTopicConstantAndNoOther() {
        Set<String> addresses = new HashSet<>();
        doc.path("channels").forEach(channel -> addresses.add(channel.path("address").asString()));
        assertThat(addresses).containsExactlyInAnyOrderElementsOf(topicConstants());
    }

    @Test
    void everyChannelHasAnOperation() {
        Set<String> channelsWithOperations = new HashSet<>();
        doc.path("operations").forEach(op -> channelsWithOperations.add(op.path("channel").path("$ref").asString()));
        doc.path("channels").propertyNames().forEach(name ->
                assertThat(channelsWithOperations).contains("#/channels/" + name));
    }

    @TestFactory
    Stream<DynamicTest> eachEventTypeIsAMessageOnItsTopicWithItsExactFields() {
        return EventTypes.ALL.stream().map(type -> DynamicTest.dynamicTest(type.name(), () -> {
            JsonNode message = messageNamed(type.name());
            assertThat(message).as("a message named %s", type.name()).isNotNull();
            assertThat(channelAddressCarrying(message)).isEqualTo(type.topic());
            JsonNode payload = resolve(message.path("payload"));
            assertSchemaMatches(type.payload(), payload, type.name());
        }));
    }

    @Test
    void theKeyIsTheReportIdAndTheHeadersAreCloudEvents() {
        JsonNode trait = doc.path("components").path("messageTraits").path("reportEvent");
        assertThat(trait.path("bindings").path("kafka").path("key").path("type").asString()).isEqualTo("string");
        JsonNode headers = resolve(trait.path("headers"));
        List<String> required = new ArrayList<>();
        headers.path("required").forEach(n -> required.add(n.asString()));
        assertThat(required).contains(CloudEventHeaders.ID, CloudEventHeaders.TYPE, CloudEventHeaders.SOURCE,
                CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.TIME, CloudEventHeaders.SUBJECT,
                CloudEventHeaders.REPORT_SEQUENCE, CloudEventHeaders.CORRELATION_ID);
        assertThat(headers.path("properties").has(CloudEventHeaders.CAUSATION_ID)).isTrue();
    }

    private void assertSchemaMatches(Class<?> record, JsonNode schema, String where) {
        Set<String> components = new HashSet<>();
        for (RecordComponent component : record.getRecordComponents()) {
            components.add(component.getName());
        }
        Set<String> properties = new HashSet<>(schema.path("properties").propertyNames());
        assertThat(properties).as("fields of %s", where).containsExactlyInAnyOrderElementsOf(components);
        schema.path("required").forEach(r -> assertThat(components).as("required in %s", where).contains(r.asString()));

        for (RecordComponent component : record.getRecordComponents()) {
            JsonNode property = resolve(schema.path("properties").path(component.getName()));
            Class<?> type = component.getType();
            if (type.isRecord()) {
                assertThat(property.path("type").asString()).isEqualTo("object");
                assertSchemaMatches(type, property, where + "." + component.getName());
            } else if (List.class.isAssignableFrom(type)) {
                assertThat(property.path("type").asString()).isEqualTo("array");
                Class<?> element = elementType(component.getGenericType());
                if (element.isRecord()) {
                    assertSchemaMatches(element, resolve(property.path("items")), where + "." + component.getName());
                }
            } else if (type.isEnum()) {
                List<String> values = new ArrayList<>();
                property.path("enum").forEach(v -> values.add(v.asString()));
                List<String> constants = Stream.of(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
                assertThat(values).as("enum %s.%s", where, component.getName())
                        .containsExactlyInAnyOrderElementsOf(constants);
            }
        }
    }

    private static Class<?> elementType(Type generic) {
        Type argument = ((ParameterizedType) generic).getActualTypeArguments()[0];
        return (Class<?>) argument;
    }

    private JsonNode messageNamed(String name) {
        for (JsonNode message : doc.path("components").path("messages")) {
            if (name.equals(message.path("name").asString())) {
                return message;
            }
        }
        return null;
    }

    private String channelAddressCarrying(JsonNode message) {
        for (JsonNode channel : doc.path("channels")) {
            for (JsonNode ref : channel.path("messages")) {
                if (resolve(ref).equals(message)) {
                    return channel.path("address").asString();
                }
            }
        }
        return null;
    }

    private JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        while (current.has("$ref")) {
            String ref = current.path("$ref").asString();
            assertThat(ref).startsWith("#/");
            current = doc.at(ref.substring(1));
            assertThat(current.isMissingNode()).as("reference %s resolves", ref).isFalse();
        }
        return current;
    }

    private static Set<String> topicConstants() {
        Set<String> topics = new HashSet<>();
        for (Class<?> holder : TOPIC_CLASSES) {
            for (Field field : holder.getFields()) {
                if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                    try {
                        topics.add((String) field.get(null));
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        return topics;
    }

    private static JsonNode load() {
        try (InputStream in = AsyncApiDocumentTest.class.getResourceAsStream("/asyncapi/minyi.asyncapi.yaml")) {
            return new YAMLMapper().readTree(in);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
