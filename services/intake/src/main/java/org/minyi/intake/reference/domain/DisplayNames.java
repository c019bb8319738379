package org.minyi.intake.reference.domain;

import java.util.Optional;

/**
 * The names people read for the principals and codes of the platform, from the county's reference data:
 * {@code member-m0004} is the member's name, {@code station-chengguan} the township's 社情民意信息站,
 * {@code reviewer-economy} the committee, {@code leader-county-head} the leader's title and name
 * (县长 李明), {@code unit-housing-construction} the unit; {@code office}, {@code leader} (the leaders'
 * secretariat) and {@code system} have names of their own. A principal the reference data does not
 * know is shown as it is; an actor not named at all (events from before actors were named) is named by
 * its role where the role alone says who it was.
 */
public final class DisplayNames {

    public static final Name SYSTEM = new Name("系统", "System");
    public static final Name OFFICE = new Name("县政协办公室", "County CPPCC Office");
    public static final Name LEADERS_OFFICE = new Name("领导秘书处", "Leaders' Secretariat");

    private final ReferenceData reference;

    public DisplayNames(ReferenceData reference) {
        this.reference = reference;
    }

    /** A name in Chinese, with the English one where the reference data has it (else the Chinese again). */
    public record Name(String zh, String en) {
    }

    /**
     * Who acted, by name.
     *
     * @param principal the acting principal ({@code null} when the event named none)
     * @param role      the role it acted in ({@code SYSTEM}, {@code OFFICE}…), or {@code null}
     * @return empty when neither says who it was
     */
    public Optional<Name> actor(String principal, String role) {
        if (principal == null || principal.isBlank()) {
            return byRole(role);
        }
        return switch (principal) {
            case "system" -> Optional.of(SYSTEM);
            case "office" -> Optional.of(OFFICE);
            case "leader" -> Optional.of(LEADERS_OFFICE);
            default -> scoped(principal).or(() -> byRole(role)).or(() -> Optional.of(new Name(principal, principal)));
        };
    }

    /** The unit's name, or {@code null} when the reference data does not list it. */
    public String unit(String code) {
        return name(ReferenceKind.UNITS, code);
    }

    /** The committee's name, or {@code null} when the reference data does not list it. */
    public String committee(String code) {
        return name(ReferenceKind.COMMITTEES, code);
    }

    /** The leader with this code, if the reference data lists one. */
    public Optional<ReferenceEntry> leader(String code) {
        return code == null ? Optional.empty() : reference.find(ReferenceKind.LEADERS, code);
    }

    private Optional<Name> scoped(String principal) {
        int dash = principal.indexOf('-');
        if (dash <= 0 || dash == principal.length() - 1) {
            return Optional.empty();
        }
        String code = principal.substring(dash + 1);
        return switch (principal.substring(0, dash)) {
            case "member" -> reference.find(ReferenceKind.MEMBERS, code).map(DisplayNames::plain);
            case "reviewer" -> reference.find(ReferenceKind.COMMITTEES, code).map(DisplayNames::plain);
            case "unit" -> reference.find(ReferenceKind.UNITS, code).map(DisplayNames::plain);
            case "station" -> reference.find(ReferenceKind.TOWNSHIPS, code).map(DisplayNames::station);
            case "leader" -> reference.find(ReferenceKind.LEADERS, code).map(DisplayNames::leader);
            default -> Optional.empty();
        };
    }

    private static Optional<Name> byRole(String role) {
        if (role == null) {
            return Optional.empty();
        }
        return switch (role) {
            case "SYSTEM" -> Optional.of(SYSTEM);
            case "OFFICE" -> Optional.of(OFFICE);
            case "LEADERS_OFFICE" -> Optional.of(LEADERS_OFFICE);
            default -> Optional.empty();
        };
    }

    private String name(ReferenceKind kind, String code) {
        return code == null ? null : reference.find(kind, code).map(ReferenceEntry::name).orElse(null);
    }

    private static Name plain(ReferenceEntry entry) {
        return new Name(entry.name(), orElse(entry.attribute("nameEn"), entry.name()));
    }

    /** The township's 社情民意信息站 (its {@code station} in the reference data), e.g. 城关镇政协联络组社情民意信息站. */
    private static Name station(ReferenceEntry township) {
        String zh = orElse(township.attribute("station"), township.name() + "社情民意信息站");
        String en = township.attribute("nameEn") == null ? zh : township.attribute("nameEn") + " liaison station";
        return new Name(zh, en);
    }

    /** A leader as a county office writes one: title, then name (县长 李明). */
    private static Name leader(ReferenceEntry leader) {
        String title = leader.attribute("title");
        String zh = title == null ? leader.name() : title + " " + leader.name();
        String nameEn = orElse(leader.attribute("nameEn"), leader.name());
        String titleEn = leader.attribute("titleEn");
        return new Name(zh, titleEn == null ? nameEn : titleEn + " " + nameEn);
    }

    private static String orElse(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
