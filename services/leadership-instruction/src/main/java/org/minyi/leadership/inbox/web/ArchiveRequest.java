package org.minyi.leadership.inbox.web;

/** The body of {@code POST /api/leadership/reports/{id}/archive}. */
record ArchiveRequest(String reason) {

    static final int REASON_MAX = 500;

    /** @throws InvalidRequest when the reason is missing or too long */
    String checkedReason() {
        RequestFields fields = new RequestFields();
        String text = fields.requiredText("reason", "存档理由", reason, REASON_MAX);
        fields.check();
        return text;
    }
}
