package org.minyi.dashboard.assessment.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.minyi.dashboard.assessment.application.AssessingYears;
import org.minyi.dashboard.assessment.domain.Ledger;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The points ledger as files: CSV (UTF-8 with BOM) and XLSX. */
@RestController
@RequestMapping("/api/dashboard/points/{year}")
class LedgerExportController {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final AssessingYears years;

    LedgerExportController(AssessingYears years) {
        this.years = years;
    }

    @GetMapping("/ledger.csv")
    ResponseEntity<byte[]> csv(@PathVariable int year) {
        Ledger ledger = years.ledger(AssessmentController.checked(year));
        return file(LedgerCsv.of(ledger), CSV, "points-" + year + ".csv", "积分台账-" + year + ".csv");
    }

    @GetMapping("/ledger.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable int year) {
        Ledger ledger = years.ledger(AssessmentController.checked(year));
        return file(LedgerWorkbook.of(ledger), XLSX, "points-" + year + ".xlsx", "积分台账-" + year + ".xlsx");
    }

    private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String asciiName, String name) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(type);
        // RFC 6266: a plain name for old clients, the Chinese one (RFC 5987) for the rest
        headers.set(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + asciiName + "\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
        headers.setCacheControl("no-store");
        return ResponseEntity.ok().headers(headers).body(body);
    }
}
