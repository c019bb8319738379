package org.minyi.intake.report.application;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.minyi.intake.reference.domain.ReferenceData;
import org.minyi.intake.reference.domain.ReferenceEntry;
import org.minyi.intake.reference.domain.ReferenceKind;

/** A small county's reference lists: two townships of 清河县, one of a neighbouring county. */
final class CountyReference implements ReferenceData {

    private final Map<String, ReferenceEntry> entries = new LinkedHashMap<>();

    CountyReference() {
        add(ReferenceKind.TOWNSHIPS, "chengguan", "城关镇", Map.of());
        add(ReferenceKind.TOWNSHIPS, "xishan", "西山乡", Map.of());
        add(ReferenceKind.TOWNSHIPS, "dongpo", "东坡镇", Map.of("county", "dongpo-county"));
        add(ReferenceKind.DOMAINS, "transport", "交通出行", Map.of());
        add(ReferenceKind.DOMAINS, "education", "教育", Map.of());
        add(ReferenceKind.SECTORS, "cdl", "民盟", Map.of());
        add(ReferenceKind.MEMBERS, "m0001", "覃少华", Map.of("sector", "agriculture", "township", "gaoling"));
        add(ReferenceKind.MEMBERS, "m0002", "刘若兰", Map.of("sector", "jiusan", "township", "xishan"));
        add(ReferenceKind.MEMBERS, "m0003", "王建国", Map.of("sector", "cdl", "township", "chengguan"));
    }

    private void add(ReferenceKind kind, String code, String name, Map<String, String> attributes) {
        entries.put(kind + ":" + code, new ReferenceEntry(kind, code, name, attributes));
    }

    @Override
    public List<ReferenceEntry> list(ReferenceKind kind) {
        return entries.values().stream().filter(e -> e.kind() == kind).toList();
    }

    @Override
    public Optional<ReferenceEntry> find(ReferenceKind kind, String code) {
        return Optional.ofNullable(entries.get(kind + ":" + code));
    }
}
