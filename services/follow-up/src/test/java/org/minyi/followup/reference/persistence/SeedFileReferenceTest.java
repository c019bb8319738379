package org.minyi.followup.reference.persistence;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.minyi.followup.reference.domain.Leader;

import static org.assertj.core.api.Assertions.assertThat;

class SeedFileReferenceTest {

    private static SeedFileReference seed() {
        return SeedFileReference.read(SeedFileReferenceTest.class.getResourceAsStream("/demo-data/reference-data.json"));
    }

    @Test
    void theCountysSeedNamesItsUnitsTownshipsMembersAndLeaders() {
        SeedFileReference reference = seed();

        assertThat(reference.unitName("housing-construction")).isEqualTo("县住房和城乡建设局");
        assertThat(reference.townshipName("chengguan")).isEqualTo("城关镇");
        assertThat(reference.county()).contains("清河县");
        assertThat(reference.leader("county-head")).contains(new Leader("county-head", "李明", "县长", "COUNTY"));
        assertThat(reference.leaders()).hasSize(9).first().extracting(Leader::code).isEqualTo("party-secretary");
        assertThat(reference.leaders()).extracting(Leader::level).containsOnly("COUNTY", "CITY");
    }

    @Test
    void anUnknownCodeIsItsOwnName() {
        SeedFileReference reference = seed();

        assertThat(reference.unitName("police-x")).isEqualTo("police-x");
        assertThat(reference.memberName("m9999")).isEqualTo("m9999");
        assertThat(reference.leader("nobody")).isEmpty();
        assertThat(reference.leader(null)).isEmpty();
    }

    @Test
    void withoutASeedOrWithAnUnreadableOneEveryNameIsItsCodeAndNoLeaderIsKnown() {
        for (SeedFileReference reference : new SeedFileReference[]{SeedFileReference.read(null),
                SeedFileReference.read(new ByteArrayInputStream("{\"units\": [".getBytes(StandardCharsets.UTF_8)))}) {
            assertThat(reference.unitName("finance")).isEqualTo("finance");
            assertThat(reference.leaders()).isEmpty();
            assertThat(reference.county()).isEmpty();
        }
    }
}
