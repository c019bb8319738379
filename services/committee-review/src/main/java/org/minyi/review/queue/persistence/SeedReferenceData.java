package org.minyi.review.queue.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.minyi.review.queue.domain.HandlingUnits;
import org.minyi.review.queue.domain.Leader;
import org.minyi.review.queue.domain.Leaders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The leaders and handling units of the county's reference seed (the file intake seeds its reference lists
 * from), read once at start. Reference data belongs to intake; this service reads the same seed to check the
 * leaders a report is sent to and the units it is transferred to.
 */
public final class SeedReferenceData implements Leaders, HandlingUnits {

    private final List<Leader> leaders;
    private final Set<String> units;

    private SeedReferenceData(List<Leader> leaders, Set<String> units) {
        this.leaders = List.copyOf(leaders);
        this.units = Set.copyOf(units);
    }

    /**
     * The leaders and units in {@code seed}.
     *
     * @throws IllegalStateException when the seed is missing or unreadable: without it no report could be sent
     *                               or transferred, so the service does not start
     */
    public static SeedReferenceData read(InputStream seed, String where) {
        if (seed == null) {
            throw new IllegalStateException("the reference seed " + where + " is missing");
        }
        try (seed) {
            JsonNode root = JsonMapper.builder().build().readTree(seed);
            List<Leader> leaders = new ArrayList<>();
            for (JsonNode entry : root.path("leaders")) {
                String code = entry.path("code").asString(null);
                String level = entry.path("level").asString("COUNTY");
                if (code != null) {
                    leaders.add(new Leader(code, entry.path("name").asString(null), entry.path("title").asString(null),
                            Leader.Level.valueOf(level)));
                }
            }
            Set<String> units = new HashSet<>();
            for (JsonNode entry : root.path("units")) {
                String code = entry.path("code").asString(null);
                if (code != null) {
                    units.add(code);
                }
            }
            return new SeedReferenceData(leaders, units);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("the reference seed " + where + " is unreadable: " + e, e);
        }
    }

    @Override
    public Optional<Leader> find(String code) {
        return leaders.stream().filter(leader -> leader.code().equals(code)).findFirst();
    }

    @Override
    public List<Leader> all() {
        return leaders;
    }

    @Override
    public boolean exists(String code) {
        return units.contains(code);
    }
}
