package org.deputyflow.disclosure.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.deputyflow.calendar.CalendarService;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.directory.DirectoryService;
import org.deputyflow.directory.domain.Department;
import org.deputyflow.disclosure.Disclosures;
import org.deputyflow.disclosure.KeySuggestions;
import org.deputyflow.disclosure.domain.Disclosure;
import org.deputyflow.disclosure.domain.DisclosureAction;
import org.deputyflow.disclosure.domain.DisclosureState;
import org.deputyflow.shared.Page;
import org.deputyflow.shared.PageRequest;
import org.deputyflow.shared.web.PageController;
import org.deputyflow.suggestion.HandlingClocks;
import org.deputyflow.vote.VoteQueries;
import org.deputyflow.vote.domain.InquiryFlag;
import org.deputyflow.vote.domain.PublishedResult;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The council's home: disclosures waiting for its approval first, then the key suggestions it
 * follows, then the departments flagged for a formal inquiry and the latest vote results.
 */
@PageController
@PreAuthorize("hasRole('COUNCIL')")
class CouncilHomeController {

    private static final int PAGE_SIZE = 20;
    /** Approvals are rare: at most a few versions of one quarter wait at a time. */
    private static final int AWAITING_LIMIT = 50;

    private static final int RESULTS = 10;

    private final Disclosures disclosures;
    private final KeySuggestions keySuggestions;
    private final VoteQueries votes;
    private final DirectoryService directory;
    private final CalendarService calendar;
    private final HandlingClocks clocks;

    CouncilHomeController(
            Disclosures disclosures,
            KeySuggestions keySuggestions,
            VoteQueries votes,
            DirectoryService directory,
            CalendarService calendar,
            HandlingClocks clocks) {
        this.clocks = clocks;
        this.disclosures = disclosures;
        this.keySuggestions = keySuggestions;
        this.votes = votes;
        this.directory = directory;
        this.calendar = calendar;
    }

    @GetMapping("/council")
    String home(@RequestParam(required = false) Integer page, @AuthenticationPrincipal CurrentUser user, Model model) {
        // the list is what this member may decide now, as the disclosure page offers it
        PageRequest first = PageRequest.of(0, AWAITING_LIMIT);
        List<Disclosure> awaiting = disclosures.list(DisclosureState.AWAITING_APPROVAL, first).items().stream()
                .filter(d -> disclosures.permissions(d.id(), user).allows(DisclosureAction.APPROVE))
                .toList();
        model.addAttribute("awaiting", Page.of(awaiting, first, awaiting.size()));
        model.addAttribute("keys", keySuggestions.list(PageRequest.of(page, PAGE_SIZE)));
        Page<InquiryFlag> inquiries = votes.inquiries(null, PageRequest.of(0, PAGE_SIZE));
        Page<PublishedResult> results = votes.published(PageRequest.of(0, RESULTS));
        Map<Long, String> names = directory
                .departmentsByIds(Stream.concat(
                                inquiries.items().stream().map(InquiryFlag::departmentId),
                                results.items().stream()
                                        .map(result -> result.vote().departmentId()))
                        .distinct()
                        .toList())
                .stream()
                .collect(Collectors.toMap(Department::id, Department::name, (a, b) -> a));
        model.addAttribute("inquiries", inquiries);
        model.addAttribute("results", results);
        model.addAttribute("departments", names);
        model.addAttribute("today", calendar.today());
        model.addAttribute("soon", calendar.today().plusDays(clocks.dueSoonDays()));
        return "council/home";
    }
}
