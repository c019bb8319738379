package org.minyi.review.publication.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

import org.minyi.review.publication.domain.DisplayNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Names from the county's reference seed (the file intake seeds its reference lists from), read once.
 * Printing is all they serve; without a seed every name is its code.
 */
public final class SeedFileNames implements DisplayNames {

    private static final Logger log = LoggerFactory.getLogger(SeedFileNames.class);

    private final Map<String, String> members = new HashMap<>();
    private final Map<String, String> townships = new HashMap<>();
    private final Map<String, String> stations = new HashMap<>();
    private final Map<String, String> committees = new HashMap<>();
    private String county;

    private SeedFileNames() {
    }

    /** The names in {@code seed}; none when it is {@code null} or unreadable. */
    public static SeedFileNames read(InputStream seed) {
        SeedFileNames names = new SeedFileNames();
        if (seed == null) {
            return names;
        }
        try (seed) {
            JsonNode root = JsonMapper.builder().build().readTree(seed);
            names.county = root.path("county").path("name").asString(null);
            collect(root.path("members"), "name", names.members);
            collect(root.path("townships"), "name", names.townships);
            collect(root.path("townships"), "station", names.stations);
            collect(root.path("committees"), "name", names.committees);
        } catch (IOException | RuntimeException e) {
            log.warn("Reference seed unreadable; documents will print codes instead of names: {}", e.toString());
        }
        return names;
    }

    @Override
    public String member(String code) {
        return members.getOrDefault(code, code);
    }

    @Override
    public String township(String code) {
        return townships.getOrDefault(code, code);
    }

    @Override
    public String station(String township) {
        return stations.getOrDefault(township, township(township) + "社情民意信息站");
    }

    @Override
    public String committee(String code) {
        return committees.getOrDefault(code, code);
    }

    @Override
    public String county() {
        return county;
    }

    private static void collect(JsonNode list, String field, Map<String, String> into) {
        for (JsonNode entry : list) {
            String code = entry.path("code").asString(null);
            String name = entry.path(field).asString(null);
            if (code != null && name != null) {
                into.put(code, name);
            }
        }
    }
}
