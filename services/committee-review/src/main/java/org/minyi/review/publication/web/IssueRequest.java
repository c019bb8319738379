package org.minyi.review.publication.web;

import java.time.LocalDate;

/** The body of {@code POST /api/publications/{id}/issue}, optional: {@code {issuedOn}} (today by default). */
record IssueRequest(LocalDate issuedOn) {
}
