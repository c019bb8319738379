package org.minyi.intake.reference.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.minyi.chassis.web.Paging;
import org.minyi.intake.reference.domain.ReferenceData;
import org.minyi.intake.reference.domain.ReferenceEntry;
import org.minyi.intake.reference.domain.ReferenceKind;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** {@code GET /api/reference/{kind}}: lists of {@code {code, name, …}}, paged like every list. */
@RestController
@RequestMapping("/api/reference")
class ReferenceController {

    static final int MAX_PAGE_SIZE = 1000;

    private final ReferenceData reference;

    ReferenceController(ReferenceData reference) {
        this.reference = reference;
    }

    @GetMapping("/{kind}")
    Paging.Page<Map<String, String>> list(@PathVariable String kind, @RequestParam(defaultValue = "0") int page,
                                          @RequestParam(defaultValue = "500") int size) {
        ReferenceKind found = ReferenceKind.fromPath(kind)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no reference list " + kind));
        List<ReferenceEntry> all = reference.list(found);
        Paging paging = Paging.of(page, size, MAX_PAGE_SIZE);
        int from = (int) Math.min(paging.skip(), all.size());
        List<Map<String, String>> items = all.subList(from, Math.min(from + paging.size(), all.size())).stream()
                .map(ReferenceController::view).toList();
        return new Paging.Page<>(items, paging.page(), paging.size(), all.size());
    }

    private static Map<String, String> view(ReferenceEntry entry) {
        Map<String, String> view = new LinkedHashMap<>();
        view.put("code", entry.code());
        view.put("name", entry.name());
        view.putAll(entry.attributes());
        return view;
    }
}
