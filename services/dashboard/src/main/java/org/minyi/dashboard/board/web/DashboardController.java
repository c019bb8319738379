package org.minyi.dashboard.board.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.minyi.dashboard.board.application.ReadingBoard;
import org.minyi.dashboard.board.domain.BoardFilter;
import org.minyi.dashboard.board.domain.PageOf;
import org.minyi.dashboard.board.domain.ReportStatus;
import org.minyi.dashboard.board.web.BoardViews.Page;
import org.minyi.dashboard.board.web.BoardViews.ReportItem;
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

    private final ReadingBoard board;

    DashboardController(ReadingBoard board) {
        this.board = board;
    }

    @GetMapping("/summary")
    SummaryView summary() {
        return SummaryView.of(board.summary());
    }

    @GetMapping("/reports")
    Page<ReportItem> reports(@RequestParam(required = false) ReportStatus status,
                             @RequestParam(required = false) String township,
                             @RequestParam(required = false) String committee,
                             @RequestParam(defaultValue = "0") int page,
                             @RequestParam(defaultValue = "20") int size) {
        List<FieldProblem> problems = new ArrayList<>();
        checkCode("township", township, problems);
        checkCode("committee", committee, problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        PageOf<ReportItem> found = board.list(new BoardFilter(status, township, committee), page, size)
                .map(ReportItem::of);
        return new Page<>(found.items(), found.page(), found.size(), found.total());
    }

    private static void checkCode(String field, String value, List<FieldProblem> problems) {
        if (value != null && !CODE.matcher(value).matches()) {
            problems.add(new FieldProblem(field, "bad_code", "代码格式无效：" + field,
                    "not a valid code: " + field));
        }
    }
}
