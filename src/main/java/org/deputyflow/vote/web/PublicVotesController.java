package org.deputyflow.vote.web;

import java.util.Map;
import java.util.stream.Collectors;
import org.deputyflow.directory.DirectoryService;
import org.deputyflow.directory.domain.Department;
import org.deputyflow.shared.Page;
import org.deputyflow.shared.PageRequest;
import org.deputyflow.shared.web.PageController;
import org.deputyflow.vote.VoteQueries;
import org.deputyflow.vote.domain.PublishedResult;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Closed satisfaction votes with their counts, for everybody: results are published once counted. */
@PageController
class PublicVotesController {

    private static final int PAGE_SIZE = 20;

    private final VoteQueries votes;
    private final DirectoryService directory;

    PublicVotesController(VoteQueries votes, DirectoryService directory) {
        this.votes = votes;
        this.directory = directory;
    }

    @GetMapping("/public/votes")
    String publishedVotes(@RequestParam(required = false) Integer page, Model model) {
        Page<PublishedResult> results = votes.published(PageRequest.of(page, PAGE_SIZE));
        Map<Long, String> departments = directory
                .departmentsByIds(results.items().stream()
                        .map(result -> result.vote().departmentId())
                        .distinct()
                        .toList())
                .stream()
                .collect(Collectors.toMap(Department::id, Department::name));
        model.addAttribute("results", results);
        model.addAttribute("departments", departments);
        return "vote/public-list";
    }
}
