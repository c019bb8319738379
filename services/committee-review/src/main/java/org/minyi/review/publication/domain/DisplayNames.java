package org.minyi.review.publication.domain;

/**
 * The names printed for codes: members, townships and their stations, committees, the county. Reference
 * data belongs to intake; this service reads the same seed for printing only, and prints the code when a
 * name is unknown.
 */
public interface DisplayNames {

    String member(String code);

    String township(String code);

    /** The township's 社情民意信息站, e.g. 城关镇政协联络组社情民意信息站. */
    String station(String township);

    String committee(String code);

    /** The county's name, e.g. 清河县; {@code null} when unknown. */
    String county();
}
