package org.deputyflow.vote.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.deputyflow.DeputyFlowTest;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.directory.DirectoryService;
import org.deputyflow.vote.CastingBallots;
import org.deputyflow.vote.CountingVotes;
import org.deputyflow.vote.OpeningVotes;
import org.deputyflow.vote.VoteQueries;
import org.deputyflow.vote.VoteScenario;
import org.deputyflow.vote.domain.Tally;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** A member's home: the secret ballot, once per member and vote, and the counted results. */
@DeputyFlowTest
class MemberHomeControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    VoteQueries votes;

    @Autowired
    OpeningVotes opening;

    @Autowired
    CastingBallots casting;

    @Autowired
    CountingVotes counting;

    @Autowired
    DirectoryService directory;

    @Autowired
    JdbcTemplate jdbc;

    VoteScenario scenario;

    @BeforeEach
    void setUp() {
        scenario = new VoteScenario(opening, casting, counting, votes, directory);
    }

    @Test
    void a_member_casts_a_ballot_from_the_page_once_and_a_second_attempt_is_the_conflict_page() throws Exception {
        long id = scenario.create("会员页投票", "dept07");
        scenario.attend(id, scenario.electorateSize(id));
        opening.open(id, scenario.staff());

        String home = page("member03", "/member");
        assertThat(home)
                .contains(
                        "ballot-form-" + id,
                        "data-testid=\"ballot-choice-SATISFIED\"",
                        "data-testid=\"ballot-choice-BASICALLY_SATISFIED\"",
                        "data-testid=\"ballot-choice-UNSATISFIED\"");

        ballot("member03", id, "BASICALLY_SATISFIED")
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/member"))
                .andExpect(flash().attribute("flash", "您已投票，选票将与其他选票合并计入。"));
        // the choice waits to be counted with others; only the flag is written now
        assertThat(tally(id)).isEqualTo(Tally.EMPTY);
        assertThat(votes.details(id, account("member03")).you().voted()).isTrue();
        assertThat(page("member03", "/member")).doesNotContain("ballot-form-" + id);

        String conflict = ballot("member03", id, "UNSATISFIED")
                .andExpect(status().isConflict())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(conflict).contains("已经投过票");
        counting.close(id, scenario.staff());
        assertThat(tally(id)).isEqualTo(new Tally(0, 1, 0, 0));
    }

    @Test
    void a_ballot_without_a_choice_is_shown_again_with_the_error_next_to_the_choices() throws Exception {
        long id = scenario.create("会员页空票", "dept08");
        scenario.attend(id, scenario.electorateSize(id));
        opening.open(id, scenario.staff());

        String page = mvc.perform(post("/member/votes/{id}/ballot", id)
                        .with(user(account("member04")))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("class=\"field-error\"", "请选择满意、基本满意或不满意", "ballot-form-" + id);
        assertThat(tally(id)).isEqualTo(Tally.EMPTY);
        counting.close(id, scenario.staff());
    }

    @Test
    void only_members_vote_and_a_ballot_needs_the_csrf_token() throws Exception {
        long id = scenario.create("会员页权限", "dept09");
        scenario.attend(id, scenario.electorateSize(id));
        opening.open(id, scenario.staff());

        mvc.perform(get("/member").with(user(account("staff1")))).andExpect(status().isForbidden());
        mvc.perform(post("/member/votes/{id}/ballot", id)
                        .with(user(account("staff1")))
                        .with(csrf())
                        .param("choice", "SATISFIED"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/member/votes/{id}/ballot", id)
                        .with(user(account("member05")))
                        .param("choice", "SATISFIED"))
                .andExpect(status().isForbidden());
        assertThat(tally(id)).isEqualTo(Tally.EMPTY);
        assertThat(page("member05", "/member")).contains("ballot-form-" + id);
        counting.close(id, scenario.staff());
        assertThat(page("member05", "/member")).doesNotContain("ballot-form-" + id);
    }

    private ResultActions ballot(String login, long id, String choice) throws Exception {
        return mvc.perform(post("/member/votes/{id}/ballot", id)
                .with(user(account(login)))
                .with(csrf())
                .param("choice", choice));
    }

    private Tally tally(long id) {
        return jdbc.queryForObject(
                "SELECT satisfied_count, basically_satisfied_count, unsatisfied_count, invalid_count FROM vote_tally "
                        + "WHERE vote_id = ?",
                (rs, n) -> new Tally(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)),
                id);
    }

    private CurrentUser account(String login) {
        return directory.account(login).orElseThrow();
    }

    private String page(String login, String path) throws Exception {
        return mvc.perform(get(path).with(user(account(login))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
