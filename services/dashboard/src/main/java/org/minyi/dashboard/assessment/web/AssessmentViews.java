package org.minyi.dashboard.assessment.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.minyi.dashboard.assessment.domain.Award;
import org.minyi.dashboard.assessment.domain.Candidate;
import org.minyi.dashboard.assessment.domain.Commendations;
import org.minyi.dashboard.assessment.domain.CreditedReport;
import org.minyi.dashboard.assessment.domain.Duties;
import org.minyi.dashboard.assessment.domain.Grade;
import org.minyi.dashboard.assessment.domain.GradingScale;
import org.minyi.dashboard.assessment.domain.Item;
import org.minyi.dashboard.assessment.domain.Ledger;
import org.minyi.dashboard.assessment.domain.LedgerEntry;
import org.minyi.dashboard.assessment.domain.Level;
import org.minyi.dashboard.assessment.domain.MemberDuty;
import org.minyi.dashboard.assessment.domain.MemberPoints;
import org.minyi.dashboard.assessment.domain.MemberStanding;
import org.minyi.dashboard.assessment.domain.Mode;
import org.minyi.dashboard.assessment.domain.PointsTable;
import org.minyi.dashboard.assessment.domain.SplitRule;
import org.minyi.dashboard.assessment.domain.StandingReport;
import org.minyi.dashboard.assessment.domain.TargetSheet;
import org.minyi.dashboard.assessment.domain.UnitDuty;
import org.minyi.dashboard.reference.domain.UnitKind;

/** What the assessment endpoints answer: codes, names, counts and points — never report text. */
final class AssessmentViews {

    private AssessmentViews() {
    }

    record DutiesView(int year, Counts counts, List<MemberView> members, List<MemberRef> zero,
                      List<MemberRef> talkList, List<UnitView> committees, List<UnitView> stations,
                      List<UnitView> sectors, GradingView grading) {

        static DutiesView of(Duties duties) {
            long met = duties.members().stream().filter(m -> m.adopted() > 0).count();
            return new DutiesView(duties.year(),
                    new Counts(duties.members().size(), met, duties.zero().size(), duties.talkList().size()),
                    duties.members().stream().map(MemberView::of).toList(),
                    duties.zero().stream().map(MemberRef::of).toList(),
                    duties.talkList().stream().map(MemberRef::of).toList(),
                    duties.committees().stream().map(UnitView::of).toList(),
                    duties.stations().stream().map(UnitView::of).toList(),
                    duties.sectors().stream().map(UnitView::of).toList(),
                    GradingView.of(duties.targets().grading()));
        }
    }

    /**
     * A member's standing (我的履职); {@code points} is the sum of the reports' points.
     *
     * @param adoptedLastYear adopted reports credited the year before
     * @param dutyMet         at least one adopted report this year
     */
    record StandingView(String member, String name, String nameEn, String sector, String township, int year,
                        long submitted, long adopted, long adoptedLastYear, boolean dutyMet, TalkListView talkList,
                        BigDecimal points, List<StandingReportView> reports) {

        static StandingView of(MemberStanding s) {
            return new StandingView(s.code(), s.name(), s.nameEn(), s.sector(), s.township(), s.year(), s.submitted(),
                    s.adopted(), s.adoptedLastYear(), s.dutyMet(),
                    new TalkListView(s.talkList().listed(), s.talkList().missedYears()), s.points(),
                    s.reports().stream().map(StandingReportView::of).toList());
        }
    }

    record TalkListView(boolean listed, List<Integer> missedYears) {
    }

    /** One report in a member's standing; absent values (a report that only earned points this year) left out. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record StandingReportView(String reportId, String trackingNumber, CreditedReport.Via via, String compositeId,
                              String compositeTrackingNumber, String committee, String grade, LocalDate adoptedOn,
                              Instant adoptedAt, boolean countsForDuty, BigDecimal points, List<EntryView> entries) {

        static StandingReportView of(StandingReport r) {
            return new StandingReportView(r.reportId(), r.trackingNumber(), r.via(), r.compositeId(),
                    r.compositeTrackingNumber(), r.committee(), r.grade(), r.adoptedOn(), r.adoptedAt(),
                    r.countsForDuty(), r.points(), r.entries().stream().map(EntryView::of).toList());
        }
    }

    /** @param met members with at least one adoption this year */
    record Counts(long members, long met, long zero, long talkList) {
    }

    record MemberView(String code, String name, String nameEn, String sector, String township, long submitted,
                      long adopted, long adoptedYearBefore, List<CreditView> reports) {

        static MemberView of(MemberDuty duty) {
            return new MemberView(duty.code(), duty.name(), duty.nameEn(), duty.sector(), duty.township(),
                    duty.submitted(), duty.adopted(), duty.adoptedYearBefore(),
                    duty.reports().stream().map(CreditView::of).toList());
        }
    }

    record MemberRef(String code, String name, String nameEn, String sector, String township, long submitted,
                     long adoptedYearBefore) {

        static MemberRef of(MemberDuty duty) {
            return new MemberRef(duty.code(), duty.name(), duty.nameEn(), duty.sector(), duty.township(),
                    duty.submitted(), duty.adoptedYearBefore());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CreditView(String reportId, String trackingNumber, CreditedReport.Via via, String compositeId,
                      String compositeTrackingNumber, LocalDate adoptedOn, String grade, String committee,
                      String township, List<String> sectors, List<String> authors, List<UUID> eventIds) {

        static CreditView of(CreditedReport report) {
            return new CreditView(report.reportId(), report.trackingNumber(), report.via(), report.compositeId(),
                    report.compositeTrackingNumber(), report.adoptedOn(), report.grade(), report.committee(),
                    report.township(), report.sectors(), report.authors(), report.eventIds());
        }
    }

    /**
     * @param submitted  {@code null} for committees
     * @param completion whole percent of the target; {@code null} without a target
     */
    record UnitView(String code, String name, String nameEn, Long submitted, long adopted, Integer target,
                    Integer completion, Grade grade, int rank) {

        static UnitView of(UnitDuty duty) {
            return new UnitView(duty.code(), duty.name(), duty.nameEn(), duty.submitted(), duty.adopted(),
                    duty.target(), duty.completion(), duty.grade(), duty.rank());
        }
    }

    record GradingView(int excellent, int good, int basic) {

        static GradingView of(GradingScale scale) {
            return new GradingView(scale.excellent(), scale.good(), scale.basic());
        }
    }

    record TargetsView(int year, Map<String, Integer> committees, Map<String, Integer> stations,
                       Map<String, Integer> sectors, GradingView grading) {

        static TargetsView of(TargetSheet sheet) {
            return new TargetsView(sheet.year(), new LinkedHashMap<>(sheet.targets().get(UnitKind.COMMITTEE)),
                    new LinkedHashMap<>(sheet.targets().get(UnitKind.STATION)),
                    new LinkedHashMap<>(sheet.targets().get(UnitKind.SECTOR)), GradingView.of(sheet.grading()));
        }
    }

    record TableView(int year, BigDecimal countyAdoption, BigDecimal specialPublication,
                     Map<Level, Map<Mode, BigDecimal>> upstream, Map<Level, BigDecimal> instruction, SplitRule split) {

        static TableView of(PointsTable table) {
            return new TableView(table.year(), table.countyAdoption(), table.specialPublication(), table.upstream(),
                    table.instruction(), table.split());
        }
    }

    record PointsView(int year, TableView table, List<MemberPointsView> members, int entries) {

        static PointsView of(Ledger ledger) {
            return new PointsView(ledger.year(), TableView.of(ledger.table()),
                    ledger.members().stream().map(MemberPointsView::of).toList(), ledger.entries().size());
        }
    }

    record MemberPointsView(String code, String name, String nameEn, String sector, String township,
                            BigDecimal points, List<EntryView> entries) {

        static MemberPointsView of(MemberPoints member) {
            return new MemberPointsView(member.code(), member.name(), member.nameEn(), member.sector(),
                    member.township(), member.points(), member.entries().stream().map(EntryView::of).toList());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record EntryView(String member, Item item, Level level, Mode mode, String reportId, String trackingNumber,
                     LocalDate on, BigDecimal itemPoints, int authors, SplitRule split, BigDecimal points,
                     List<UUID> eventIds) {

        static EntryView of(LedgerEntry e) {
            return new EntryView(e.member(), e.item(), e.level(), e.mode(), e.reportId(), e.trackingNumber(), e.on(),
                    e.itemPoints(), e.authors(), e.split(), e.points(), e.eventIds());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record AwardView(Item item, Level level, Mode mode, String reportId, String trackingNumber, LocalDate on,
                     BigDecimal points, List<UUID> eventIds) {

        static AwardView of(Award a) {
            return new AwardView(a.item(), a.level(), a.mode(), a.reportId(), a.trackingNumber(), a.on(), a.points(),
                    a.eventIds());
        }
    }

    record CommendationsView(int year, List<CandidateView> individuals, List<CandidateView> stations,
                             List<CandidateView> sectors) {

        static CommendationsView of(Commendations commendations) {
            return new CommendationsView(commendations.year(),
                    commendations.individuals().stream().map(CandidateView::of).toList(),
                    commendations.stations().stream().map(CandidateView::of).toList(),
                    commendations.sectors().stream().map(CandidateView::of).toList());
        }
    }

    /**
     * @param submitted          reports first submitted this year
     * @param adoptedOfSubmitted of those, how many were adopted by now
     * @param adoptionRate       their ratio, 0 to 1 (three decimals); {@code null} without submissions
     */
    record CandidateView(int rank, String code, String name, String nameEn, BigDecimal points, long adopted,
                         long submitted, long adoptedOfSubmitted, Double adoptionRate, Evidence evidence) {

        static CandidateView of(Candidate c) {
            return new CandidateView(c.rank(), c.code(), c.name(), c.nameEn(), c.points(), c.adopted(),
                    c.rate().submitted(), c.rate().adopted(), c.rate().value(),
                    new Evidence(c.kind() == null ? c.entries().stream().map(EntryView::of).toList() : null,
                            c.kind() == null ? null : c.awards().stream().map(AwardView::of).toList(),
                            c.reports().stream().map(CreditView::of).toList()));
        }
    }

    /** A member's ledger entries, or a unit's awards, and the reports credited as adopted. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Evidence(List<EntryView> entries, List<AwardView> awards, List<CreditView> reports) {
    }
}
