package org.minyi.dashboard.reference.web;

import java.util.List;

import org.minyi.dashboard.reference.domain.Roster;
import org.minyi.dashboard.reference.domain.Rosters;
import org.minyi.dashboard.reference.domain.UnitKind;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/dashboard/names}: the names the board shows for station, committee and sector codes. */
@RestController
class NamesController {

    private final Rosters rosters;

    NamesController(Rosters rosters) {
        this.rosters = rosters;
    }

    @GetMapping("/api/dashboard/names")
    Names names() {
        Roster roster = rosters.current();
        return new Names(names(roster, UnitKind.STATION), names(roster, UnitKind.COMMITTEE),
                names(roster, UnitKind.SECTOR));
    }

    private static List<Name> names(Roster roster, UnitKind kind) {
        return roster.units(kind).stream().map(unit -> new Name(unit.code(), unit.name(), unit.nameEn())).toList();
    }

    /** @param townships the liaison stations, by township code */
    record Names(List<Name> townships, List<Name> committees, List<Name> sectors) {
    }

    record Name(String code, String name, String nameEn) {
    }
}
