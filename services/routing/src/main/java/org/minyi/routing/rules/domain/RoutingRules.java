package org.minyi.routing.rules.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The routing tables: which committee a report's domain goes to, which committee its category goes
 * to when the domain has no entry, and the committee that takes everything else.
 *
 * @param domains          domain code → committee code
 * @param categories       category → committee code
 * @param defaultCommittee committee code for a report that no table names
 */
public record RoutingRules(Map<String, String> domains, Map<Category, String> categories, String defaultCommittee) {

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");

    public RoutingRules {
        Map<String, String> domainTable = new LinkedHashMap<>();
        (domains == null ? Map.<String, String>of() : domains).forEach((domain, committee) ->
                domainTable.put(code("domain", domain), code("committee of domain " + domain, committee)));
        Map<Category, String> categoryTable = new EnumMap<>(Category.class);
        (categories == null ? Map.<Category, String>of() : categories).forEach((category, committee) ->
                categoryTable.put(Objects.requireNonNull(category, "category"),
                        code("committee of category " + category, committee)));
        domains = Collections.unmodifiableMap(domainTable);
        categories = Collections.unmodifiableMap(categoryTable);
        defaultCommittee = code("default committee", defaultCommittee);
    }

    private static String code(String what, String value) {
        if (value == null || !CODE.matcher(value).matches()) {
            throw new IllegalArgumentException(what + " is not a valid code: " + value);
        }
        return value;
    }
}
