package org.minyi.auth;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.core.io.Resource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo principals: {@code station-<township>}, {@code member-<member>}, {@code office},
 * {@code reviewer-<committee>}, {@code leader} (the leaders' secretariat), {@code leader-<leader>},
 * {@code unit-<unit>} and {@code viewer}, for every code of the county's reference data, each with its
 * role and the claim that scopes it (PRODUCT.md §4).
 */
public final class DemoPrincipals {

    private final Set<String> townships;
    private final Set<String> members;
    private final Set<String> committees;
    private final Set<String> units;
    private final Set<String> leaders;

    DemoPrincipals(Set<String> townships, Set<String> members, Set<String> committees, Set<String> units,
                   Set<String> leaders) {
        this.townships = Set.copyOf(townships);
        this.members = Set.copyOf(members);
        this.committees = Set.copyOf(committees);
        this.units = Set.copyOf(units);
        this.leaders = Set.copyOf(leaders);
    }

    static DemoPrincipals load(Resource referenceData) {
        try (InputStream in = referenceData.getInputStream()) {
            JsonNode root = JsonMapper.builder().build().readTree(in);
            return new DemoPrincipals(codes(root, "townships"), codes(root, "members"), codes(root, "committees"),
                    codes(root, "units"), codes(root, "leaders"));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + referenceData, e);
        }
    }

    /** The principal named {@code name}, if it is one of the demo principals. */
    public Optional<Principal> find(String name) {
        if (name == null) {
            return Optional.empty();
        }
        switch (name) {
            case "office":
                return Optional.of(new Principal(name, "OFFICE", Map.of()));
            case "leader":
                return Optional.of(new Principal(name, "LEADERS_OFFICE", Map.of()));
            case "viewer":
                return Optional.of(new Principal(name, "VIEWER", Map.of()));
            default:
                return scoped(name, "station-", "STATION", "township", townships)
                        .or(() -> scoped(name, "member-", "MEMBER", "member", members))
                        .or(() -> scoped(name, "reviewer-", "REVIEWER", "committee", committees))
                        .or(() -> scoped(name, "unit-", "UNIT", "unit", units))
                        .or(() -> scoped(name, "leader-", "LEADER", "leader", leaders));
        }
    }

    public int count() {
        return 3 + townships.size() + members.size() + committees.size() + units.size() + leaders.size();
    }

    private static Optional<Principal> scoped(String name, String prefix, String role, String claim, Set<String> codes) {
        if (!name.startsWith(prefix)) {
            return Optional.empty();
        }
        String code = name.substring(prefix.length());
        return codes.contains(code) ? Optional.of(new Principal(name, role, Map.of(claim, code))) : Optional.empty();
    }

    private static Set<String> codes(JsonNode root, String list) {
        Set<String> codes = new LinkedHashSet<>();
        root.path(list).forEach(item -> codes.add(item.path("code").asString()));
        if (codes.isEmpty()) {
            throw new IllegalStateException("reference data has no " + list);
        }
        return codes;
    }

    /** A principal's name, role and scoping claims, as they go into its tokens. */
    public record Principal(String name, String role, Map<String, String> claims) {

        public Map<String, Object> tokenClaims() {
            Map<String, Object> all = new LinkedHashMap<>(claims);
            all.put("roles", List.of(role));
            return all;
        }
    }
}
