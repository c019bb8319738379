package org.minyi.dashboard.assessment.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.minyi.dashboard.assessment.domain.Ledger;
import org.minyi.dashboard.assessment.domain.LedgerEntry;
import org.minyi.dashboard.assessment.domain.MemberPoints;

/** The ledger as rows, the same for CSV and XLSX: one row per entry, headers in Chinese and English. */
final class LedgerRows {

    static final List<String> ENTRY_HEADERS = List.of("年度 Year", "委员编号 Member", "姓名 Name", "界别 Sector",
            "乡镇 Township", "计分项目 Item", "项目代码 Item code", "级别 Level", "方式 Mode", "信息编号 Tracking number",
            "信息ID Report id", "日期 Date", "项目分值 Item points", "作者数 Authors", "分配规则 Split", "得分 Points",
            "事件ID Event ids");
    static final List<String> TOTAL_HEADERS = List.of("名次 Rank", "委员编号 Member", "姓名 Name", "界别 Sector",
            "乡镇 Township", "计分条目 Entries", "总分 Points");

    private LedgerRows() {
    }

    /** Each cell is a String or a BigDecimal/Number (kept numeric in the workbook). */
    static List<List<Object>> entries(Ledger ledger) {
        Map<String, MemberPoints> members = ledger.members().stream()
                .collect(Collectors.toMap(MemberPoints::code, Function.identity()));
        List<List<Object>> rows = new ArrayList<>();
        for (LedgerEntry e : ledger.entries()) {
            MemberPoints member = members.get(e.member());
            List<Object> row = new ArrayList<>();
            row.add(ledger.year());
            row.add(e.member());
            row.add(text(member == null ? null : member.name()));
            row.add(text(member == null ? null : member.sector()));
            row.add(text(member == null ? null : member.township()));
            row.add(LedgerLabels.item(e.item()));
            row.add(e.item().name());
            row.add(LedgerLabels.level(e.level()));
            row.add(LedgerLabels.mode(e.mode()));
            row.add(text(e.trackingNumber()));
            row.add(e.reportId());
            row.add(e.on().toString());
            row.add(e.itemPoints());
            row.add(e.authors());
            row.add(LedgerLabels.split(e.split()));
            row.add(e.points());
            row.add(String.join(" ", e.eventIds().stream().map(Object::toString).toList()));
            rows.add(row);
        }
        return rows;
    }

    static List<List<Object>> totals(Ledger ledger) {
        List<List<Object>> rows = new ArrayList<>();
        int rank = 0;
        for (int i = 0; i < ledger.members().size(); i++) {
            MemberPoints member = ledger.members().get(i);
            if (i == 0 || ledger.members().get(i - 1).points().compareTo(member.points()) != 0) {
                rank = i + 1;
            }
            rows.add(List.of(rank, member.code(), text(member.name()), text(member.sector()), text(member.township()),
                    member.entries().size(), member.points()));
        }
        return rows;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
