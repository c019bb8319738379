package org.minyi.routing.reference.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;

import org.minyi.routing.reference.domain.CountyCodes;
import org.springframework.core.io.Resource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The county's codes from its reference data file ({@code minyi.reference.seed}, the same file intake
 * serves), read once at start: a change takes effect at the next start, as in intake.
 */
public final class SeedFileCodes implements CountyCodes {

    private final Set<String> committees;
    private final Set<String> domains;
    private final Set<String> sectors;
    private final Set<String> townships;

    private SeedFileCodes(JsonNode root) {
        committees = codes(root, "committees");
        domains = codes(root, "domains");
        sectors = codes(root, "sectors");
        townships = codes(root, "townships");
    }

    public static SeedFileCodes read(Resource seed) {
        try (InputStream in = seed.getInputStream()) {
            return new SeedFileCodes(JsonMapper.builder().build().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the reference data " + seed, e);
        }
    }

    private static Set<String> codes(JsonNode root, String list) {
        Set<String> codes = new LinkedHashSet<>();
        root.path(list).forEach(entry -> codes.add(entry.path("code").asString()));
        if (codes.isEmpty()) {
            throw new IllegalStateException("the reference data has no " + list);
        }
        return Set.copyOf(codes);
    }

    @Override
    public Set<String> committees() {
        return committees;
    }

    @Override
    public Set<String> domains() {
        return domains;
    }

    @Override
    public Set<String> sectors() {
        return sectors;
    }

    @Override
    public Set<String> townships() {
        return townships;
    }
}
