package org.minyi.leadership.inbox.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.minyi.leadership.inbox.domain.Leader;
import org.minyi.leadership.inbox.domain.Leaders;
import org.minyi.leadership.inbox.domain.Level;
import org.minyi.leadership.inbox.domain.Units;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The leaders and the handling units of the county's reference seed (the file intake seeds its reference
 * lists from), read once at start. Reference data belongs to intake; the inbox needs the leaders to know
 * whose instruction it records and at which level, and the units to refuse a code no unit has, so a seed
 * without them is refused rather than served.
 */
public final class SeedFileReference implements Leaders, Units {

    private final Map<String, Leader> leaders;
    private final Set<String> units;

    private SeedFileReference(Map<String, Leader> leaders, Set<String> units) {
        this.leaders = leaders;
        this.units = units;
    }

    /**
     * The leaders and units in {@code seed}.
     *
     * @throws IllegalStateException when the seed cannot be read, names no leaders or no units, or a leader
     *                               without a code, name or known level
     */
    public static SeedFileReference read(InputStream seed, String where) {
        if (seed == null) {
            throw new IllegalStateException("no reference seed at " + where);
        }
        Map<String, Leader> leaders = new LinkedHashMap<>();
        Set<String> units;
        try (seed) {
            JsonNode root = JsonMapper.builder().build().readTree(seed);
            for (JsonNode entry : root.path("leaders")) {
                Leader leader = leader(entry, where);
                leaders.put(leader.code(), leader);
            }
            units = StreamSupport.stream(root.path("units").spliterator(), false)
                    .map(unit -> unit.path("code").asString(null)).filter(code -> code != null && !code.isBlank())
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("the reference seed at " + where + " cannot be read: " + e.getMessage(), e);
        }
        if (leaders.isEmpty() || units.isEmpty()) {
            throw new IllegalStateException("the reference seed at " + where + " names no leaders or no units");
        }
        return new SeedFileReference(leaders, units);
    }

    @Override
    public Optional<Leader> find(String code) {
        return Optional.ofNullable(leaders.get(code));
    }

    @Override
    public List<Leader> all() {
        return new ArrayList<>(leaders.values());
    }

    @Override
    public boolean isKnown(String code) {
        return units.contains(code);
    }

    private static Leader leader(JsonNode entry, String where) {
        String code = entry.path("code").asString(null);
        String name = entry.path("name").asString(null);
        String level = entry.path("level").asString("COUNTY");
        if (code == null || name == null) {
            throw new IllegalArgumentException("a leader in " + where + " lacks its code or name: " + entry);
        }
        return new Leader(code, name, entry.path("title").asString(null), Level.valueOf(level));
    }
}
