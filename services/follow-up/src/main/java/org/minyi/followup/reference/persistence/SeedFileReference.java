package org.minyi.followup.reference.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.minyi.followup.reference.domain.Leader;
import org.minyi.followup.reference.domain.ReferenceData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reference data from the county's seed (the file intake seeds its reference lists from), read once at
 * start. Without a seed, or with an unreadable one, every name is its code and no leader is known.
 */
public final class SeedFileReference implements ReferenceData {

    private static final Logger log = LoggerFactory.getLogger(SeedFileReference.class);

    private final Map<String, String> units = new HashMap<>();
    private final Map<String, String> townships = new HashMap<>();
    private final Map<String, String> members = new HashMap<>();
    private final Map<String, Leader> leaders = new HashMap<>();
    private final List<Leader> leaderList = new ArrayList<>();
    private String county;

    private SeedFileReference() {
    }

    /** The reference data in {@code seed}; none when it is {@code null} or unreadable. */
    public static SeedFileReference read(InputStream seed) {
        SeedFileReference reference = new SeedFileReference();
        if (seed == null) {
            log.warn("No reference seed: units and leaders are shown by their codes");
            return reference;
        }
        try (seed) {
            JsonNode root = JsonMapper.builder().build().readTree(seed);
            reference.county = root.path("county").path("name").asString(null);
            collect(root.path("units"), reference.units);
            collect(root.path("townships"), reference.townships);
            collect(root.path("members"), reference.members);
            for (JsonNode entry : root.path("leaders")) {
                String code = entry.path("code").asString(null);
                String name = entry.path("name").asString(null);
                if (code != null && name != null) {
                    Leader leader = new Leader(code, name, entry.path("title").asString(null),
                            entry.path("level").asString(null));
                    reference.leaders.put(code, leader);
                    reference.leaderList.add(leader);
                }
            }
        } catch (IOException | RuntimeException e) {
            log.warn("Reference seed unreadable; units and leaders are shown by their codes: {}", e.toString());
        }
        return reference;
    }

    @Override
    public String unitName(String code) {
        return units.getOrDefault(code, code);
    }

    @Override
    public String townshipName(String code) {
        return townships.getOrDefault(code, code);
    }

    @Override
    public String memberName(String code) {
        return members.getOrDefault(code, code);
    }

    @Override
    public Optional<Leader> leader(String code) {
        return Optional.ofNullable(code == null ? null : leaders.get(code));
    }

    @Override
    public List<Leader> leaders() {
        return List.copyOf(leaderList);
    }

    @Override
    public Optional<String> county() {
        return Optional.ofNullable(county);
    }

    private static void collect(JsonNode list, Map<String, String> into) {
        for (JsonNode entry : list) {
            String code = entry.path("code").asString(null);
            String name = entry.path("name").asString(null);
            if (code != null && name != null) {
                into.put(code, name);
            }
        }
    }
}
