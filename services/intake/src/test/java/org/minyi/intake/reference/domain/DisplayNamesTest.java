package org.minyi.intake.reference.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DisplayNamesTest {

    private final DisplayNames names = new DisplayNames(new SmallCounty());

    @Test
    void eachKindOfPrincipalIsNamedFromTheReferenceData() {
        assertThat(names.actor("member-m0004", "MEMBER")).contains(new DisplayNames.Name("王宁", "Wang Ning"));
        assertThat(names.actor("station-chengguan", "STATION")).contains(
                new DisplayNames.Name("城关镇政协联络组社情民意信息站", "Chengguan Town liaison station"));
        assertThat(names.actor("reviewer-economy", "REVIEWER")).contains(
                new DisplayNames.Name("经济委员会", "Committee for Economic Affairs"));
        assertThat(names.actor("leader-county-head", "LEADER")).contains(
                new DisplayNames.Name("县长 李明", "County Head Li Ming"));
        assertThat(names.actor("unit-housing-construction", "UNIT")).contains(
                new DisplayNames.Name("县住房和城乡建设局", "Qinghe County Housing and Urban-Rural Development Bureau"));
    }

    @Test
    void theOfficeTheLeadersSecretariatAndTheSystemHaveNamesOfTheirOwn() {
        assertThat(names.actor("office", "OFFICE")).contains(DisplayNames.OFFICE);
        assertThat(names.actor("leader", "LEADERS_OFFICE")).contains(DisplayNames.LEADERS_OFFICE);
        assertThat(names.actor("system", "SYSTEM")).contains(DisplayNames.SYSTEM);
        assertThat(DisplayNames.OFFICE.zh()).isEqualTo("县政协办公室");
        assertThat(DisplayNames.LEADERS_OFFICE.zh()).isEqualTo("领导秘书处");
        assertThat(DisplayNames.SYSTEM.zh()).isEqualTo("系统");
    }

    @Test
    void aTownshipWithoutAStationNameIsNamedAfterTheTownship() {
        assertThat(names.actor("station-xishan", "STATION")).contains(new DisplayNames.Name("西山乡社情民意信息站",
                "西山乡社情民意信息站"));
    }

    @Test
    void aPrincipalTheReferenceDataDoesNotKnowIsShownAsItIs() {
        assertThat(names.actor("member-m9999", "MEMBER")).contains(new DisplayNames.Name("member-m9999", "member-m9999"));
        assertThat(names.actor("f3c2a9d0-7b1e", "REVIEWER")).contains(new DisplayNames.Name("f3c2a9d0-7b1e",
                "f3c2a9d0-7b1e"));
    }

    @Test
    void anUnnamedActorIsNamedByItsRoleOnlyWhereTheRoleSaysWhoItWas() {
        assertThat(names.actor(null, "SYSTEM")).contains(DisplayNames.SYSTEM);
        assertThat(names.actor(null, "OFFICE")).contains(DisplayNames.OFFICE);
        assertThat(names.actor(" ", "LEADERS_OFFICE")).contains(DisplayNames.LEADERS_OFFICE);
        assertThat(names.actor(null, "REVIEWER")).isEmpty();
        assertThat(names.actor(null, null)).isEmpty();
        assertThat(names.actor("routing-replica-2", "SYSTEM")).as("an automatic step under another name")
                .contains(DisplayNames.SYSTEM);
    }

    @Test
    void unitsCommitteesAndLeadersAreLookedUpByCode() {
        assertThat(names.unit("housing-construction")).isEqualTo("县住房和城乡建设局");
        assertThat(names.unit("nowhere")).isNull();
        assertThat(names.unit(null)).isNull();
        assertThat(names.committee("economy")).isEqualTo("经济委员会");
        assertThat(names.leader("county-head")).hasValueSatisfying(leader -> {
            assertThat(leader.name()).isEqualTo("李明");
            assertThat(leader.attribute("level")).isEqualTo("COUNTY");
        });
        assertThat(names.leader(null)).isEmpty();
    }

    /** A few entries of 清河县's reference data. */
    private static final class SmallCounty implements ReferenceData {

        private final Map<String, ReferenceEntry> entries = new LinkedHashMap<>();

        SmallCounty() {
            add(ReferenceKind.MEMBERS, "m0004", "王宁", Map.of("nameEn", "Wang Ning", "township", "chengguan"));
            add(ReferenceKind.TOWNSHIPS, "chengguan", "城关镇",
                    Map.of("nameEn", "Chengguan Town", "station", "城关镇政协联络组社情民意信息站"));
            add(ReferenceKind.TOWNSHIPS, "xishan", "西山乡", Map.of());
            add(ReferenceKind.COMMITTEES, "economy", "经济委员会", Map.of("nameEn", "Committee for Economic Affairs"));
            add(ReferenceKind.LEADERS, "county-head", "李明", Map.of("nameEn", "Li Ming", "title", "县长",
                    "titleEn", "County Head", "level", "COUNTY"));
            add(ReferenceKind.UNITS, "housing-construction", "县住房和城乡建设局",
                    Map.of("nameEn", "Qinghe County Housing and Urban-Rural Development Bureau"));
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
}
