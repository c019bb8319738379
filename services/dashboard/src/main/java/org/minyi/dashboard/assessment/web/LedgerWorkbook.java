package org.minyi.dashboard.assessment.web;

import org.minyi.chassis.export.Workbooks;
import org.minyi.dashboard.assessment.domain.Ledger;

/**
 * The ledger as an Excel workbook: sheet 汇总 with each member's total and rank, sheet 明细 with every
 * entry; points are numeric cells with two decimals, the header row frozen.
 */
final class LedgerWorkbook {

    private LedgerWorkbook() {
    }

    static byte[] of(Ledger ledger) {
        return Workbooks.of(
                new Workbooks.Table("汇总 Summary", LedgerRows.TOTAL_HEADERS, LedgerRows.totals(ledger)),
                new Workbooks.Table("明细 Entries", LedgerRows.ENTRY_HEADERS, LedgerRows.entries(ledger)));
    }
}
