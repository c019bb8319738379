package org.minyi.leadership.inbox.persistence;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.minyi.leadership.inbox.domain.Leader;
import org.minyi.leadership.inbox.domain.Level;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SeedFileReferenceTest {

    private static final String UNITS = "\"units\": [{\"code\": \"finance\", \"name\": \"县财政局\"}]";

    @Test
    void theCountysSeedNamesEightCountyLeadersTheCitysMayorAndItsUnits() {
        SeedFileReference reference = SeedFileReference.read(
                getClass().getResourceAsStream("/demo-data/reference-data.json"), "demo-data");

        assertThat(reference.all()).hasSize(9);
        assertThat(reference.all()).filteredOn(l -> l.level() == Level.COUNTY).hasSize(8);
        assertThat(reference.find("county-head")).contains(new Leader("county-head", "李明", "县长", Level.COUNTY));
        assertThat(reference.find("city-mayor")).map(Leader::level).contains(Level.CITY);
        assertThat(reference.find("nobody")).isEmpty();
        assertThat(reference.isKnown("housing-construction")).isTrue();
        assertThat(reference.isKnown("gov-chengguan")).as("township governments handle reports too").isTrue();
        assertThat(reference.isKnown("housing-bureau")).isFalse();
    }

    @Test
    void aSeedWithoutLeadersOrUnitsOrWithoutAFileIsRefused() {
        assertThatThrownBy(() -> SeedFileReference.read(seed("{" + UNITS + "}"), "test"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("names no leaders or no units");
        assertThatThrownBy(() -> SeedFileReference.read(seed("{\"leaders\": [{\"code\": \"x\", \"name\": \"某\"}]}"),
                "test")).isInstanceOf(IllegalStateException.class).hasMessageContaining("names no leaders or no units");
        assertThatThrownBy(() -> SeedFileReference.read(seed("{\"leaders\": [{\"code\": \"x\"}], " + UNITS + "}"), "test"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("lacks its code or name");
        assertThatThrownBy(() -> SeedFileReference.read(seed("{\"leaders\": [{\"code\": \"x\", \"name\": \"某\", "
                + "\"level\": \"GALACTIC\"}], " + UNITS + "}"), "test")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> SeedFileReference.read(seed("{\"leaders\": "), "test"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> SeedFileReference.read(null, "nowhere")).isInstanceOf(IllegalStateException.class);
        assertThat(SeedFileReference.read(seed("{\"leaders\": [{\"code\": \"x\", \"name\": \"某\"}], " + UNITS + "}"),
                "test").find("x")).map(Leader::level).as("a leader without a level is a county's").contains(Level.COUNTY);
    }

    private static ByteArrayInputStream seed(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }
}
