package org.minyi.dashboard.assessment.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.minyi.dashboard.assessment.domain.Ledger;

/**
 * The ledger as an Excel workbook (Apache POI): sheet 汇总 with each member's total and rank, sheet
 * 明细 with every entry; points are numeric cells with two decimals, the header row frozen.
 */
final class LedgerWorkbook {

    private LedgerWorkbook() {
    }

    static byte[] of(Ledger ledger) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            CellStyle points = workbook.createCellStyle();
            points.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
            sheet(workbook.createSheet("汇总 Summary"), LedgerRows.TOTAL_HEADERS, LedgerRows.totals(ledger), header,
                    points);
            sheet(workbook.createSheet("明细 Entries"), LedgerRows.ENTRY_HEADERS, LedgerRows.entries(ledger), header,
                    points);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sheet(Sheet sheet, List<String> headers, List<List<Object>> rows, CellStyle header,
                              CellStyle points) {
        Row first = sheet.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            Cell cell = first.createCell(i);
            cell.setCellValue(headers.get(i));
            cell.setCellStyle(header);
            sheet.setColumnWidth(i, 18 * 256);
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r + 1);
            List<Object> values = rows.get(r);
            for (int i = 0; i < values.size(); i++) {
                Cell cell = row.createCell(i);
                Object value = values.get(i);
                if (value instanceof BigDecimal number) {
                    cell.setCellValue(number.doubleValue());
                    cell.setCellStyle(points);
                } else if (value instanceof Number number) {
                    cell.setCellValue(number.doubleValue());
                } else {
                    cell.setCellValue(value == null ? "" : value.toString());
                }
            }
        }
        sheet.createFreezePane(0, 1);
    }
}
