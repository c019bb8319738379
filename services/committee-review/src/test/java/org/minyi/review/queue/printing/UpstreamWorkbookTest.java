package org.minyi.review.queue.printing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.minyi.review.queue.domain.ReportId;
import org.minyi.review.queue.domain.UpstreamAdoption;
import org.minyi.review.queue.domain.UpstreamLedger;
import org.minyi.review.queue.domain.UpstreamRecord;
import org.minyi.review.queue.domain.UpstreamSubmission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minyi.review.queue.domain.ReviewItemFixture.NOW;

/** The ledger's workbook read back with POI: both sheets, bilingual headers, the totals in per cent, hostile text. */
class UpstreamWorkbookTest {

    @Test
    void theWorkbookCarriesEverySubmissionAndTheTotalsUnderBilingualHeaders() throws IOException {
        UpstreamSubmission city = new UpstreamSubmission("s-1", UpstreamAdoption.Level.CITY, LocalDate.of(2026, 3, 2),
                "信息专报", "office", NOW);
        UpstreamSubmission province = new UpstreamSubmission("s-2", UpstreamAdoption.Level.PROVINCE,
                LocalDate.of(2026, 3, 9), "网络\u0007报送", "office", NOW);
        UpstreamAdoption answer = new UpstreamAdoption(UpstreamAdoption.Level.CITY, UpstreamAdoption.Mode.FORWARDED,
                LocalDate.of(2026, 4, 1), "市政协转报", "office", NOW, "s-1");
        UpstreamLedger ledger = UpstreamLedger.of(2026, List.of(new UpstreamRecord(new ReportId("r-1"),
                "SQ-2026-000001", "关于\u0001加装电梯的建议\uFFFF", "economy", List.of(city, province), List.of(answer))));

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(UpstreamWorkbook.write(ledger)))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            assertThat(text(workbook.getSheetAt(0).getRow(0))).containsExactlyElementsOf(UpstreamWorkbook.ENTRY_HEADERS);
            assertThat(text(workbook.getSheetAt(0).getRow(1))).containsExactly("SQ-2026-000001", "关于加装电梯的建议",
                    "economy", "省级", "2026-03-09", "网络报送", "office", "待反馈");
            assertThat(text(workbook.getSheetAt(0).getRow(2))).containsExactly("SQ-2026-000001", "关于加装电梯的建议",
                    "economy", "市级", "2026-03-02", "信息专报", "office", "已采用", "2026-04-01", "转报采用", "市政协转报");
            assertThat(text(workbook.getSheetAt(1).getRow(0))).containsExactlyElementsOf(UpstreamWorkbook.TOTAL_HEADERS);
            Row cityTotal = workbook.getSheetAt(1).getRow(1);
            assertThat(cityTotal.getCell(0).getStringCellValue()).isEqualTo("市级");
            assertThat(cityTotal.getCell(1).getNumericCellValue()).isEqualTo(1.0);
            assertThat(cityTotal.getCell(4).getNumericCellValue()).as("per cent").isEqualTo(100.0);
            Row overall = workbook.getSheetAt(1).getRow(4);
            assertThat(overall.getCell(0).getStringCellValue()).isEqualTo("合计");
            assertThat(overall.getCell(1).getNumericCellValue()).isEqualTo(2.0);
            assertThat(overall.getCell(4).getNumericCellValue()).isEqualTo(50.0);
            assertThat(overall.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("0.00");
        }
    }

    @Test
    void anEmptyYearStillHasItsTotalsAtZero() throws IOException {
        UpstreamLedger empty = UpstreamLedger.of(2026, List.of());

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(UpstreamWorkbook.write(empty)))) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isZero();
            assertThat(workbook.getSheetAt(1).getLastRowNum()).isEqualTo(4);
            assertThat(workbook.getSheetAt(1).getRow(4).getCell(4).getNumericCellValue()).isZero();
        }
    }

    private static List<String> text(Row row) {
        List<String> values = new ArrayList<>();
        row.forEach(cell -> values.add(cell.getStringCellValue()));
        return values;
    }
}
