package org.minyi.dashboard.assessment.web;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.minyi.dashboard.assessment.domain.Ledger;

/**
 * The ledger as CSV (RFC 4180): UTF-8 with a byte-order mark, so Excel opens the Chinese correctly;
 * CRLF line ends; fields quoted when they hold a comma, quote or line break; text that a spreadsheet
 * would take for a formula (starting with = + - @, a tab or a carriage return) is prefixed with an
 * apostrophe.
 */
final class LedgerCsv {

    private static final String BOM = "\uFEFF";

    private LedgerCsv() {
    }

    static byte[] of(Ledger ledger) {
        StringBuilder csv = new StringBuilder(BOM);
        line(csv, List.copyOf(LedgerRows.ENTRY_HEADERS));
        for (List<Object> row : LedgerRows.entries(ledger)) {
            line(csv, row);
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder csv, List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(field(cells.get(i)));
        }
        csv.append("\r\n");
    }

    static String field(Object cell) {
        if (cell instanceof BigDecimal number) {
            return number.toPlainString();
        }
        if (cell instanceof Number number) {
            return number.toString();
        }
        String text = cell == null ? "" : cell.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
