package org.minyi.chassis.events;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The causation of the work on a thread, scoped like the trace. */
class CausationTest {

    @Test
    void withinAScopeItIsTheCurrentOneAndAfterwardsTheOneBefore() {
        Causation request = new Causation("req-1", null);
        Causation event = new Causation("req-1", "evt-9");

        request.within(() -> {
            assertThat(Causation.current()).isEqualTo(request);
            event.within(() -> assertThat(Causation.current()).isEqualTo(event));
            assertThat(Causation.current()).isEqualTo(request);
        });

        assertThat(Causation.current()).isNotIn(request, event);
    }

    @Test
    void withoutAScopeEachCallStartsAFreshCorrelation() {
        Causation first = Causation.current();
        Causation second = Causation.current();

        assertThat(first.causationId()).isNull();
        assertThat(first.correlationId()).isNotEqualTo(second.correlationId());
    }
}
