package org.minyi.dashboard.handling.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.minyi.chassis.problem.FieldProblem;
import org.minyi.chassis.problem.InvalidInput;
import org.minyi.dashboard.assessment.application.AssessingYears;
import org.minyi.dashboard.handling.application.ReadingUnitRecords;
import org.minyi.dashboard.handling.web.UnitsViews.UnitsView;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The handling units' record of a year (承办单位办理情况), as JSON and as an Excel workbook (README, "Units' record"). */
@RestController
@RequestMapping("/api/dashboard/units")
class UnitsController {

    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ReadingUnitRecords records;

    UnitsController(ReadingUnitRecords records) {
        this.records = records;
    }

    @GetMapping("/{year}")
    UnitsView year(@PathVariable int year) {
        return UnitsView.of(records.year(checked(year)));
    }

    @GetMapping("/{year}.xlsx")
    ResponseEntity<byte[]> workbook(@PathVariable int year) {
        byte[] body = UnitsWorkbook.of(records.year(checked(year)));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(XLSX);
        // RFC 6266: a plain name for old clients, the Chinese one (RFC 5987) for the rest
        String name = URLEncoder.encode("承办单位办理情况-" + year + ".xlsx", StandardCharsets.UTF_8).replace("+", "%20");
        headers.set(HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"units-" + year + ".xlsx\"; filename*=UTF-8''" + name);
        headers.setCacheControl("no-store");
        return ResponseEntity.ok().headers(headers).body(body);
    }

    private static int checked(int year) {
        if (year < AssessingYears.MIN_YEAR || year > AssessingYears.MAX_YEAR) {
            throw new InvalidInput(new FieldProblem("year", "bad_value",
                    "年度须在 " + AssessingYears.MIN_YEAR + " 至 " + AssessingYears.MAX_YEAR + " 之间",
                    "year must be from " + AssessingYears.MIN_YEAR + " to " + AssessingYears.MAX_YEAR));
        }
        return year;
    }
}
