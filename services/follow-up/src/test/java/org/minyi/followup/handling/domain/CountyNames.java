package org.minyi.followup.handling.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.minyi.followup.reference.domain.Leader;
import org.minyi.followup.reference.domain.ReferenceData;

/** A little of Qinghe county's reference data, for tests; an unknown code is its own name. */
public class CountyNames implements ReferenceData {

    private static final Map<String, String> UNITS = Map.of("housing-construction", "县住房和城乡建设局",
            "finance", "县财政局", "transport", "县交通运输局");
    private static final Map<String, String> TOWNSHIPS = Map.of("chengguan", "城关镇");
    private static final Map<String, String> MEMBERS = Map.of("m0001", "覃少华", "m0002", "刘若兰");
    private static final List<Leader> LEADERS = List.of(new Leader("party-secretary", "王建国", "县委书记", "COUNTY"),
            new Leader("county-head", "李明", "县长", "COUNTY"));

    @Override
    public String unitName(String code) {
        return UNITS.getOrDefault(code, code);
    }

    @Override
    public String townshipName(String code) {
        return TOWNSHIPS.getOrDefault(code, code);
    }

    @Override
    public String memberName(String code) {
        return MEMBERS.getOrDefault(code, code);
    }

    @Override
    public Optional<Leader> leader(String code) {
        return LEADERS.stream().filter(l -> l.code().equals(code)).findFirst();
    }

    @Override
    public List<Leader> leaders() {
        return LEADERS;
    }

    @Override
    public Optional<String> county() {
        return Optional.of("清河县");
    }
}
