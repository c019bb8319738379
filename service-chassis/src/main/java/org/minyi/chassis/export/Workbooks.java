package org.minyi.chassis.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Tables as one Excel workbook (Apache POI), a sheet per table: the header row bold and frozen, numbers
 * as numeric cells ({@link BigDecimal} with two decimals), everything else as text without what XML cannot hold
 * ({@link PrintableText}), {@code null} empty.
 * Services that export name {@code poi-ooxml} themselves.
 */
public final class Workbooks {

    private static final int COLUMN_WIDTH = 18 * 256;

    private Workbooks() {
    }

    /**
     * One sheet.
     *
     * @param name    the sheet's name (zh-CN first, English beside it, e.g. {@code 汇总 Summary})
     * @param headers the column headings
     * @param rows    the cells of each row, in the order of the headings
     */
    public record Table(String name, List<String> headers, List<List<Object>> rows) {

        public Table {
            Objects.requireNonNull(name, "name");
            headers = List.copyOf(headers);
            rows = List.copyOf(rows);
        }
    }

    public static byte[] of(Table... tables) {
        return of(List.of(tables));
    }

    public static byte[] of(List<Table> tables) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            CellStyle decimal = workbook.createCellStyle();
            decimal.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
            for (Table table : tables) {
                sheet(workbook.createSheet(table.name()), table, header, decimal);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sheet(Sheet sheet, Table table, CellStyle header, CellStyle decimal) {
        Row first = sheet.createRow(0);
        for (int i = 0; i < table.headers().size(); i++) {
            Cell cell = first.createCell(i);
            cell.setCellValue(table.headers().get(i));
            cell.setCellStyle(header);
            sheet.setColumnWidth(i, COLUMN_WIDTH);
        }
        for (int r = 0; r < table.rows().size(); r++) {
            Row row = sheet.createRow(r + 1);
            List<Object> values = table.rows().get(r);
            for (int i = 0; i < values.size(); i++) {
                Cell cell = row.createCell(i);
                Object value = values.get(i);
                if (value instanceof BigDecimal number) {
                    cell.setCellValue(number.doubleValue());
                    cell.setCellStyle(decimal);
                } else if (value instanceof Number number) {
                    cell.setCellValue(number.doubleValue());
                } else {
                    cell.setCellValue(value == null ? "" : PrintableText.of(value.toString()));
                }
            }
        }
        sheet.createFreezePane(0, 1);
    }
}
