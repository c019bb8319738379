/**
 * Integration event contracts of Minyi (民意): what services say to each other and to the outside
 * world through Kafka. Contracts only — no behaviour, no framework types, no service domain types.
 *
 * <p>Every event is a past-tense record implementing {@link org.minyi.events.ReportEvent}, keyed by
 * its report id, and carried with an {@link org.minyi.events.EventEnvelope} as CloudEvents 1.0
 * Kafka binary-mode headers. Changes are additive; a breaking change is a new type version.
 */
package org.minyi.events;
