package org.minyi.events;

/**
 * Kafka header names of the CloudEvents 1.0 Kafka protocol binding, binary content mode, plus the
 * extension attributes Minyi adds. Extension names follow the CloudEvents rule: lower-case letters
 * and digits only.
 */
public final class CloudEventHeaders {

    public static final String PREFIX = "ce_";
    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String SPEC_VERSION = "ce_specversion";
    public static final String TIME = "ce_time";
    public static final String SUBJECT = "ce_subject";
    /** In binary mode the data content type travels as the plain {@code content-type} header. */
    public static final String CONTENT_TYPE = "content-type";

    /** Extension: the report's causal sequence, as a decimal number. */
    public static final String REPORT_SEQUENCE = "ce_reportsequence";
    /** Extension: the id shared by every event that one outside request set off. */
    public static final String CORRELATION_ID = "ce_correlationid";
    /** Extension: the id of the event (or request) that directly caused this one. */
    public static final String CAUSATION_ID = "ce_causationid";

    public static final String SPEC_VERSION_1_0 = "1.0";
    public static final String JSON = "application/json";

    private CloudEventHeaders() {
    }
}
