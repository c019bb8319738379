package org.minyi.dashboard.board.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.minyi.chassis.problem.FieldProblem;
import org.minyi.chassis.problem.InvalidInput;
import org.minyi.chassis.web.Paging;
import org.minyi.dashboard.board.application.LiveFeed;
import org.minyi.dashboard.board.application.ReadingBoard;
import org.minyi.dashboard.board.domain.BoardFilter;
import org.minyi.dashboard.board.domain.PageOf;
import org.minyi.dashboard.board.domain.ReportProjection;
import org.minyi.dashboard.board.domain.ReportStatus;
import org.minyi.dashboard.board.web.BoardViews.DayView;
import org.minyi.dashboard.board.web.BoardViews.RecentView;
import org.minyi.dashboard.board.web.BoardViews.ReportItem;
import org.minyi.dashboard.board.web.BoardViews.StageTimeView;
import org.minyi.dashboard.board.web.BoardViews.SummaryView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/dashboard")
class DashboardController {

    /** Township and committee codes as the reference data writes them. */
    static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");

    static final int MAX_RECENT = 200;

    private final ReadingBoard board;
    private final LiveFeed feed;

    DashboardController(ReadingBoard board, LiveFeed feed) {
        this.board = board;
        this.feed = feed;
    }

    @GetMapping("/summary")
    SummaryView summary() {
        return SummaryView.of(board.summary());
    }

    @GetMapping("/reports")
    Paging.Page<ReportItem> reports(@RequestParam(required = false) ReportStatus status,
                                    @RequestParam(required = false) String township,
                                    @RequestParam(required = false) String committee,
                                    @RequestParam(defaultValue = "0") int page,
                                    @RequestParam(defaultValue = "20") int size) {
        List<FieldProblem> problems = new ArrayList<>();
        checkCode("township", township, problems);
        checkCode("committee", committee, problems);
        checkPage(page, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return page(board.list(new BoardFilter(status, township, committee), page, size));
    }

    @GetMapping("/overdue")
    Paging.Page<ReportItem> overdue(@RequestParam(defaultValue = "0") int page,
                                    @RequestParam(defaultValue = "20") int size) {
        List<FieldProblem> problems = new ArrayList<>();
        checkPage(page, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return page(board.overdue(page, size));
    }

    /** Reports undecided past their committee's review time limit (REVIEW_OVERDUE), longest overdue first. */
    @GetMapping("/review-overdue")
    Paging.Page<ReportItem> reviewOverdue(@RequestParam(required = false) String committee,
                                          @RequestParam(defaultValue = "0") int page,
                                          @RequestParam(defaultValue = "20") int size) {
        List<FieldProblem> problems = new ArrayList<>();
        checkCode("committee", committee, problems);
        checkPage(page, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return page(board.reviewOverdue(committee, page, size));
    }

    @GetMapping("/stages")
    Map<String, List<StageTimeView>> stages() {
        return Map.of("items", board.stageTimes().stream().map(StageTimeView::of).toList());
    }

    @GetMapping("/trend")
    Map<String, List<DayView>> trend(@RequestParam(defaultValue = "30") int days) {
        return Map.of("items", board.trend(days).stream().map(DayView::of).toList());
    }

    /** The latest status changes, newest first: what a page shows at once before its stream goes on. */
    @GetMapping("/recent")
    RecentView recent(@RequestParam(defaultValue = "50") int limit) {
        return RecentView.of(feed.latest(Math.max(1, Math.min(limit, MAX_RECENT))));
    }

    private static Paging.Page<ReportItem> page(PageOf<ReportProjection> found) {
        return new Paging.Page<>(found.items(), found.page(), found.size(), found.total()).map(ReportItem::of);
    }

    private static void checkPage(int page, List<FieldProblem> problems) {
        if (page > ReadingBoard.MAX_PAGE) {
            problems.add(new FieldProblem("page", "bad_value", "页码不能超过 " + ReadingBoard.MAX_PAGE,
                    "page may be at most " + ReadingBoard.MAX_PAGE));
        }
    }

    private static void checkCode(String field, String value, List<FieldProblem> problems) {
        if (value != null && !CODE.matcher(value).matches()) {
            problems.add(new FieldProblem(field, "bad_code", "代码格式无效：" + field,
                    "not a valid code: " + field));
        }
    }
}
