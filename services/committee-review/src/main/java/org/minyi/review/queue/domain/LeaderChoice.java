package org.minyi.review.queue.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which leaders a report goes to (报送领导). The office names them; when it names none, the report goes to
 * every county-level leader of the reference data — the county's own leaders, not the city's. A named code
 * must be a leader of the reference data; a leader named twice is sent to once, in the order first named.
 */
public final class LeaderChoice {

    /** More names than there are leaders in any county is a mistake, not a choice. */
    public static final int MAX_LEADERS = 50;

    private LeaderChoice() {
    }

    /**
     * The leaders chosen, or why the choice cannot stand.
     *
     * @param field     the request's field that lists them; the i-th code is {@code field[i]}
     * @param requested the codes asked for; {@code null} or empty for every county leader
     */
    public static Chosen choose(String field, List<String> requested, Leaders leaders) {
        List<BrokenRule> broken = new ArrayList<>();
        if (requested == null || requested.isEmpty()) {
            List<String> county = leaders.all().stream().filter(l -> l.level() == Leader.Level.COUNTY)
                    .map(Leader::code).toList();
            if (county.isEmpty()) {
                broken.add(new BrokenRule(field, "required", "未配置县级领导，须指定报送的领导",
                        "no county leaders are configured: name the leaders"));
            }
            return new Chosen(county, broken);
        }
        if (requested.size() > MAX_LEADERS) {
            broken.add(new BrokenRule(field, "too_many", "报送领导不能超过" + MAX_LEADERS + "位",
                    "at most " + MAX_LEADERS + " leaders"));
            return new Chosen(List.of(), broken);
        }
        Set<String> chosen = new LinkedHashSet<>();
        for (int i = 0; i < requested.size(); i++) {
            String code = requested.get(i);
            String at = field + "[" + i + "]";
            if (code == null || code.isBlank()) {
                broken.add(new BrokenRule(at, "required", "领导代码不能为空", at + " is required"));
            } else if (leaders.find(code).isEmpty()) {
                broken.add(new BrokenRule(at, "unknown", "报送领导不在领导名录中：" + code,
                        "no leader with this code in the reference data: " + code));
            } else {
                chosen.add(code);
            }
        }
        return new Chosen(broken.isEmpty() ? List.copyOf(chosen) : List.of(), broken);
    }

    /** @param leaders the codes, in order, each once; empty when a rule is broken */
    public record Chosen(List<String> leaders, List<BrokenRule> broken) {

        public Chosen {
            leaders = List.copyOf(leaders);
            broken = List.copyOf(broken);
        }

        public boolean isValid() {
            return broken.isEmpty();
        }
    }
}
