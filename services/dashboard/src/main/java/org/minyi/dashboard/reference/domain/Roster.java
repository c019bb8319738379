package org.minyi.dashboard.reference.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The county's members, committees, stations, sectors and handling units, in the order the reference data
 * lists them.
 */
public final class Roster {

    private final Map<String, Member> members;
    private final Map<UnitKind, Map<String, Unit>> units;
    private final List<HandlingUnit> handlingUnits;

    public Roster(List<Member> members, List<Unit> units) {
        this(members, units, List.of());
    }

    public Roster(List<Member> members, List<Unit> units, List<HandlingUnit> handlingUnits) {
        Map<String, Member> byCode = new LinkedHashMap<>();
        members.forEach(member -> byCode.put(member.code(), member));
        this.members = Collections.unmodifiableMap(byCode);
        Map<UnitKind, Map<String, Unit>> byKind = new EnumMap<>(UnitKind.class);
        for (UnitKind kind : UnitKind.values()) {
            byKind.put(kind, new LinkedHashMap<>());
        }
        units.forEach(unit -> byKind.get(unit.kind()).put(unit.code(), unit));
        this.units = byKind;
        this.handlingUnits = List.copyOf(handlingUnits);
    }

    public List<Member> members() {
        return List.copyOf(members.values());
    }

    public Optional<Member> member(String code) {
        return Optional.ofNullable(code == null ? null : members.get(code));
    }

    public List<Unit> units(UnitKind kind) {
        return List.copyOf(units.get(kind).values());
    }

    public Optional<Unit> unit(UnitKind kind, String code) {
        return Optional.ofNullable(code == null ? null : units.get(kind).get(code));
    }

    /** The departments and township governments tasks are assigned to. */
    public List<HandlingUnit> handlingUnits() {
        return handlingUnits;
    }

    public boolean knows(UnitKind kind, String code) {
        return unit(kind, code).isPresent();
    }

    /** The sector a member belongs to; {@code null} for an author the roster does not know. */
    public String sectorOf(String member) {
        return member(member).map(Member::sector).orElse(null);
    }
}
