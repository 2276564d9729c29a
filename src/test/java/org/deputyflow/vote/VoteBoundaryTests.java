package org.deputyflow.vote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;
import org.deputyflow.DeputyFlowTest;
import org.deputyflow.directory.DirectoryService;
import org.deputyflow.directory.LoadingDirectory;
import org.deputyflow.directory.domain.Role;
import org.deputyflow.directory.domain.User;
import org.deputyflow.vote.domain.Outcome;
import org.deputyflow.vote.domain.Tally;
import org.deputyflow.vote.domain.VoteResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tally rule and the quorum end to end, on the configured database, at and around each
 * boundary. "Exactly half" needs an even electorate: each test adds a member when the directory
 * has an odd number, inside its own transaction, which is rolled back with everything else.
 */
@DeputyFlowTest
@Transactional
class VoteBoundaryTests {

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
    LoadingDirectory loading;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    MockMvc mvc;

    VoteScenario scenario;
    int members;

    @BeforeEach
    void evenElectorate() {
        scenario = new VoteScenario(opening, casting, counting, votes, directory);
        members = activeMembers();
        if (members % 2 == 1) {
            addMember();
            members++;
        }
    }

    @ParameterizedTest(name = "{0} present: {1}/{2}/{3}/{4} -> {5}")
    @CsvSource(delimiter = '|', textBlock = """
        # n = all members (even), h = half of them
        # present | satisfied | basically | unsatisfied | invalid | outcome
        # exactly half satisfied falls to the lower grade
          n       | h         | 0         | h           | 0       | UNSATISFIED
          n       | h         | 1         | h-1         | 0       | BASICALLY_SATISFIED
        # half plus one satisfied
          n       | h+1       | 0         | h-1         | 0       | SATISFIED
        # exactly half and half plus one of satisfied and basically satisfied together
          n       | h-1       | 1         | h           | 0       | UNSATISFIED
          n       | h-1       | 2         | h-1         | 0       | BASICALLY_SATISFIED
        # the smallest quorum: half plus one present, all satisfied, is more than half of all members
          h+1     | h+1       | 0         | 0           | 0       | SATISFIED
          h+1     | h         | 1         | 0           | 0       | BASICALLY_SATISFIED
        # all invalid
          n       | 0         | 0         | 0           | n       | UNSATISFIED
          h+1     | 0         | 0         | 0           | h+1     | UNSATISFIED
        # some present who do not vote count against every grade
          n       | h         | 0         | 0           | 0       | UNSATISFIED
        """)
    void tallies_at_and_around_each_boundary(
            String present, String satisfied, String basically, String unsatisfied, String invalid, Outcome outcome) {
        long id = scenario.create("边界测试", "dept20");
        assertThat(scenario.electorateSize(id)).isEqualTo(members);
        Tally ballots = new Tally(count(satisfied), count(basically), count(unsatisfied), count(invalid));

        scenario.attend(id, count(present));
        opening.open(id, scenario.staff());
        scenario.cast(id, ballots);
        VoteResult result = counting.close(id, scenario.staff());

        assertThat(result.decision().outcome()).isEqualTo(outcome);
        assertThat(result.tally()).isEqualTo(ballots);
        assertThat(result.electorateSize()).isEqualTo(members);
        assertThat(result.present()).isEqualTo(count(present));
        assertThat(result.decision().baseSize()).isEqualTo(members);
    }

    @Test
    void exactly_half_present_is_no_quorum_and_half_plus_one_is() throws Exception {
        long id = scenario.create("法定人数边界测试", "dept20");

        scenario.attend(id, members / 2);
        mvc.perform(post("/api/votes/" + id + "/open").with(httpBasic("staff1", "demo")))
                .andExpect(status().isConflict())
                .andExpect(
                        jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("至少需要 " + (members / 2 + 1))));

        scenario.attend(id, members / 2 + 1);
        mvc.perform(post("/api/votes/" + id + "/open").with(httpBasic("staff1", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("OPEN"));
    }

    @Test
    void a_member_who_joined_after_the_vote_was_set_up_is_not_in_its_electorate() throws Exception {
        long id = scenario.create("选民名单快照测试", "dept20");
        String newcomer = addMember();
        scenario.attend(id, members);
        opening.open(id, scenario.staff());

        mvc.perform(post("/api/votes/" + id + "/ballots")
                        .with(httpBasic(newcomer, "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"choice\": \"SATISFIED\"}"))
                .andExpect(status().isForbidden());
        assertThat(scenario.electorateSize(id)).isEqualTo(members);
    }

    private int count(String expression) {
        int half = members / 2;
        return switch (expression) {
            case "n" -> members;
            case "h" -> half;
            case "h+1" -> half + 1;
            case "h-1" -> half - 1;
            default -> Integer.parseInt(expression);
        };
    }

    private int activeMembers() {
        Integer count = jdbc.queryForObject(
                "SELECT COUNT(*) FROM app_user u WHERE u.active = TRUE AND EXISTS "
                        + "(SELECT 1 FROM user_role r WHERE r.user_id = u.id AND r.role = 'MEMBER')",
                Integer.class);
        return count == null ? 0 : count;
    }

    private String addMember() {
        String login = "vote-member-" + UUID.randomUUID().toString().substring(0, 8);
        loading.addUser(
                new User(null, login, "测试组成人员", null, null, true, Set.of(Role.MEMBER)), passwordEncoder.encode("demo"));
        return login;
    }
}
