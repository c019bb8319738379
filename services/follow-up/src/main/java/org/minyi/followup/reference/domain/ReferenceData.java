package org.minyi.followup.reference.domain;

import java.util.List;
import java.util.Optional;

/**
 * The county's reference data as follow-up needs it: the names printed and shown for codes (units,
 * townships, members, the county) and the leaders a report may be sent to. Reference data belongs to
 * intake; follow-up reads the same seed, and a code it does not know is shown as the code itself.
 */
public interface ReferenceData {

    /** The handling unit's name, e.g. 县住房和城乡建设局; the code when unknown. */
    String unitName(String code);

    /** The township's name, e.g. 城关镇; the code when unknown. */
    String townshipName(String code);

    /** The member's name; the code when unknown. */
    String memberName(String code);

    Optional<Leader> leader(String code);

    /** Every leader, in the order of the reference data. */
    List<Leader> leaders();

    /** The county's name, e.g. 清河县, when known. */
    Optional<String> county();
}
