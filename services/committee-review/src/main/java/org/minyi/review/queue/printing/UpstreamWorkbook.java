package org.minyi.review.queue.printing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.minyi.chassis.export.Workbooks;
import org.minyi.review.queue.domain.UpstreamAdoption;
import org.minyi.review.queue.domain.UpstreamLedger;

/**
 * The year's upstream ledger as an Excel workbook (the chassis's {@link Workbooks}): sheet 报送明细 with every
 * submission and its adoption, sheet 汇总 with the totals per level and overall, the rates in per cent; headers in
 * Chinese with the English beside. Texts a spreadsheet's XML cannot hold are left out.
 */
public final class UpstreamWorkbook {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    static final List<String> ENTRY_HEADERS = List.of("跟踪号 Tracking number", "标题 Title", "专委会 Committee",
            "报送层级 Level", "报送日期 Submitted on", "报送渠道 Channel", "报送人 Submitted by", "状态 State",
            "采用日期 Adopted on", "采用方式 Mode", "采用备注 Note");
    static final List<String> TOTAL_HEADERS = List.of("层级 Level", "报送 Submitted", "采用 Adopted",
            "待反馈 Pending", "采用率（%） Rate (%)");
    private static final Map<UpstreamAdoption.Level, String> LEVELS = Map.of(UpstreamAdoption.Level.CITY, "市级",
            UpstreamAdoption.Level.PROVINCE, "省级", UpstreamAdoption.Level.NATIONAL, "全国");
    private static final Map<UpstreamAdoption.Mode, String> MODES = Map.of(UpstreamAdoption.Mode.SINGLE, "单篇采用",
            UpstreamAdoption.Mode.FORWARDED, "转报采用");

    private UpstreamWorkbook() {
    }

    public static byte[] write(UpstreamLedger ledger) {
        return Workbooks.of(new Workbooks.Table("报送明细 Submissions", ENTRY_HEADERS, entries(ledger)),
                new Workbooks.Table("汇总 Totals", TOTAL_HEADERS, totals(ledger)));
    }

    /** The file's name: 上级政协报送台账2026.xlsx. */
    public static String fileName(int year) {
        return "上级政协报送台账" + year + ".xlsx";
    }

    private static List<List<Object>> entries(UpstreamLedger ledger) {
        List<List<Object>> rows = new ArrayList<>();
        for (UpstreamLedger.Entry e : ledger.entries()) {
            UpstreamAdoption adoption = e.adoption();
            List<Object> row = new ArrayList<>(Arrays.asList(e.trackingNumber(), e.title(),
                    e.committee(), LEVELS.get(e.submission().level()), e.submission().submittedOn().toString(),
                    e.submission().channel(), e.submission().submittedBy(),
                    e.isAnswered() ? "已采用" : "待反馈"));
            if (adoption != null) {
                row.addAll(Arrays.asList(adoption.adoptedOn().toString(), MODES.get(adoption.mode()),
                        adoption.note()));
            }
            rows.add(row);
        }
        return rows;
    }

    private static List<List<Object>> totals(UpstreamLedger ledger) {
        List<List<Object>> rows = new ArrayList<>();
        for (UpstreamLedger.Total total : ledger.totals()) {
            rows.add(total(LEVELS.get(total.level()), total));
        }
        rows.add(total("合计", ledger.overall()));
        return rows;
    }

    private static List<Object> total(String label, UpstreamLedger.Total total) {
        return List.of(label, total.submitted(), total.adopted(), total.pending(), percent(total.rate()));
    }

    /** A rate (0.6667) in per cent with two places (66.67), as the totals sheet shows it. */
    static BigDecimal percent(BigDecimal rate) {
        return rate.movePointRight(2).setScale(2, RoundingMode.HALF_UP);
    }
}
