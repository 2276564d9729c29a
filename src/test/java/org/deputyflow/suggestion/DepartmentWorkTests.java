package org.deputyflow.suggestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.deputyflow.DeputyFlowTest;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.shared.PageRequest;
import org.deputyflow.suggestion.domain.DepartmentWorkItem;
import org.deputyflow.suggestion.domain.DepartmentWorkView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The department work lists' query: the clock each part owes, the caller's department only, and
 * only for handlers and leaders. dept27 and dept29 are departments no other test assigns to.
 */
@DeputyFlowTest
class DepartmentWorkTests {

    @Autowired
    DepartmentWork work;

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    SuggestionApi api;
    String run;

    @BeforeEach
    void setUp() {
        api = new SuggestionApi(mvc, json, jdbc);
        run = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void a_co_unit_owes_its_opinion_by_the_opinion_date_and_the_lead_its_reply_by_the_reply_date() throws Exception {
        long id = api.submit("deputy002", "协办期限" + run);
        api.accept(id);
        api.assign(id, List.of("dept27"), List.of("dept29"));

        DepartmentWorkItem lead = item(
                work.list(user("dept27-handler"), DepartmentWorkView.QUEUE, false, PageRequest.of(0, 200))
                        .items(),
                id);
        DepartmentWorkItem co = item(
                work.list(user("dept29-handler"), DepartmentWorkView.QUEUE, false, PageRequest.of(0, 200))
                        .items(),
                id);
        assertThat(lead.due()).isEqualTo(due(id, "dept27", "reply_due"));
        assertThat(co.due()).isEqualTo(due(id, "dept29", "opinion_due")).isBefore(lead.due());

        api.opinion("dept29", id);
        assertThat(work.list(user("dept29-handler"), DepartmentWorkView.QUEUE, false, PageRequest.of(0, 200))
                        .items())
                .noneMatch(i -> i.suggestionId() == id);
    }

    @Test
    void a_reply_signed_off_stops_the_clock_and_leaves_the_leaders_list() throws Exception {
        long id = api.submit("deputy002", "签发后" + run);
        api.accept(id);
        api.assign(id, List.of("dept27"), List.of());
        api.claim("dept27-handler", id);
        api.contact("dept27-handler", id);
        api.read(api.reply("dept27-handler", id, "A"));
        assertThat(work.list(user("dept27-leader"), DepartmentWorkView.SIGN_OFF, false, PageRequest.of(0, 200))
                        .items())
                .anyMatch(i -> i.suggestionId() == id);
        assertThat(work.list(user("dept29-leader"), DepartmentWorkView.SIGN_OFF, false, PageRequest.of(0, 200))
                        .items())
                .noneMatch(i -> i.suggestionId() == id);

        api.signOff("dept27-leader", id, true);
        assertThat(work.list(user("dept27-leader"), DepartmentWorkView.SIGN_OFF, false, PageRequest.of(0, 200))
                        .items())
                .noneMatch(i -> i.suggestionId() == id);
        assertThat(work.list(user("dept27-handler"), DepartmentWorkView.MINE, false, PageRequest.of(0, 200))
                        .items())
                .noneMatch(i -> i.suggestionId() == id);
    }

    @Test
    void only_handlers_and_leaders_have_work_lists() {
        for (String login : List.of("staff1", "deputy002", "admin")) {
            assertThatThrownBy(() -> work.list(user(login), DepartmentWorkView.QUEUE, false, PageRequest.of(0, 20)))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    private CurrentUser user(String login) {
        return (CurrentUser) users.loadUserByUsername(login);
    }

    private LocalDate due(long id, String department, String column) {
        return jdbc.queryForObject(
                "SELECT a." + column + " FROM assignment a JOIN department d ON d.id = a.department_id"
                        + " WHERE a.suggestion_id = ? AND d.code = ?",
                LocalDate.class,
                id,
                department);
    }

    private static DepartmentWorkItem item(List<DepartmentWorkItem> items, long id) {
        return items.stream().filter(i -> i.suggestionId() == id).findFirst().orElseThrow();
    }
}
