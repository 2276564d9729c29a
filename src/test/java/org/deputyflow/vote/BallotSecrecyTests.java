package org.deputyflow.vote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.nio.charset.StandardCharsets;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.deputyflow.DeputyFlowTest;
import org.deputyflow.directory.DirectoryService;
import org.deputyflow.vote.domain.Choice;
import org.deputyflow.vote.domain.Elector;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Nobody — admins and database readers included — can learn how a member voted. These tests look
 * at the whole database, the engine's tables included, and at the log, around real ballots.
 */
@DeputyFlowTest
@ExtendWith(OutputCaptureExtension.class)
class BallotSecrecyTests {

    /**
     * The engine's metrics reporter writes these on its own schedule, not on any request; they hold
     * counts of engine activity, and a ballot never reaches the engine (see the first test).
     */
    static final Set<String> WRITTEN_BY_THE_CLOCK = Set.of("act_ru_meter_log", "act_ru_task_meter_log");

    @Autowired
    MockMvc mvc;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

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

    VoteScenario scenario;

    @BeforeEach
    void setUp() {
        scenario = new VoteScenario(opening, casting, counting, votes, directory);
    }

    @Test
    void a_ballot_sets_one_voted_flag_and_writes_nothing_else_anywhere_until_its_choice_is_counted_with_others()
            throws Exception {
        long id = openVote("保密性测试：整库比对");
        Elector voter = scenario.electors(id).get(0);

        Map<String, List<Map<String, String>>> before = snapshot();
        mvc.perform(post("/api/votes/" + id + "/ballots")
                        .with(httpBasic(voter.login(), "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"choice\": \"BASICALLY_SATISFIED\"}"))
                .andExpect(status().isNoContent());
        Map<String, List<Map<String, String>>> after = snapshot();

        Map<String, Change> changes = diff(before, after);
        assertThat(changes.keySet()).containsExactly("vote_elector");

        Change elector = changes.get("vote_elector");
        assertThat(elector.removed()).hasSize(1);
        assertThat(elector.added()).hasSize(1);
        assertThat(changedColumns(elector)).containsExactly("voted");
        assertThat(elector.added().get(0))
                .containsEntry("vote_id", String.valueOf(id))
                .containsEntry("member_id", String.valueOf(voter.memberId()));
        assertThat(elector.added().get(0).get("voted")).isIn("true", "1");

        // the choice is counted at the close, with the others: only the counters change then
        before = snapshot();
        counting.close(id, scenario.staff());
        after = snapshot();
        Change tally = diff(before, after).get("vote_tally");
        assertThat(tally.removed()).hasSize(1);
        assertThat(tally.added()).hasSize(1);
        assertThat(changedColumns(tally)).containsExactly("basically_satisfied_count");
        assertThat(tally.added().get(0))
                .containsEntry("vote_id", String.valueOf(id))
                .containsEntry("basically_satisfied_count", "1");
        // the row that knows the choice knows nothing but the vote
        assertThat(tally.added().get(0).keySet())
                .containsExactlyInAnyOrder(
                        "vote_id",
                        "satisfied_count",
                        "basically_satisfied_count",
                        "unsatisfied_count",
                        "invalid_count");
    }

    @Test
    void the_stored_state_is_the_same_whichever_member_cast_which_ballot() {
        long a = openVote("保密性测试：甲");
        long b = openVote("保密性测试：乙");
        List<Elector> electors = scenario.electors(a);
        String first = electors.get(0).login();
        String second = electors.get(1).login();
        assertThat(scenario.electors(b).get(0).login()).isEqualTo(first);

        casting.castBallot(a, scenario.user(first), Choice.SATISFIED);
        casting.castBallot(a, scenario.user(second), Choice.UNSATISFIED);
        casting.castBallot(b, scenario.user(first), Choice.UNSATISFIED);
        casting.castBallot(b, scenario.user(second), Choice.SATISFIED);
        assertThat(ballotState(a)).isEqualTo(ballotState(b)).contains("tally 0/0/0/0");
        counting.close(a, scenario.staff());
        counting.close(b, scenario.staff());

        assertThat(ballotState(a)).isEqualTo(ballotState(b));
        assertThat(ballotState(a)).contains("tally 1/0/1/0");
    }

    @Test
    void no_table_has_a_ballot_row_a_choice_column_or_a_time_or_sequence_beside_a_ballot() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            Map<String, Map<String, Column>> tables = columns(connection);

            assertThat(tables.keySet()).noneMatch(table -> table.contains("ballot") || table.contains("choice"));
            tables.forEach((table, columns) -> assertThat(columns.keySet())
                    .as(table)
                    .noneMatch(column -> column.contains("ballot") || column.contains("choice")));

            assertThat(tables.get("vote_tally").keySet())
                    .containsExactlyInAnyOrder(
                            "vote_id",
                            "satisfied_count",
                            "basically_satisfied_count",
                            "unsatisfied_count",
                            "invalid_count");
            assertThat(tables.get("vote_elector").keySet())
                    .containsExactlyInAnyOrder("vote_id", "member_id", "login", "display_name", "present", "voted");
            for (String table : List.of("vote_tally", "vote_elector")) {
                assertThat(tables.get(table).values())
                        .as(table)
                        .noneMatch(Column::autoIncrement)
                        .noneMatch(column ->
                                column.type().contains("DATE") || column.type().contains("TIME"));
            }
            assertThat(meta.getDatabaseProductName()).isNotBlank();
        }
    }

    @Test
    void a_member_sees_that_they_voted_and_never_what() throws Exception {
        long id = openVote("保密性测试：本人可见");
        Elector voter = scenario.electors(id).get(0);
        mvc.perform(post("/api/votes/" + id + "/ballots")
                        .with(httpBasic(voter.login(), "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"choice\": \"UNSATISFIED\"}"))
                .andExpect(status().isNoContent());

        String seen = mvc.perform(get("/api/votes/" + id).with(httpBasic(voter.login(), "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.you.present").value(true))
                .andExpect(jsonPath("$.you.voted").value(true))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(seen).doesNotContain("UNSATISFIED").doesNotContain("choice");
        String register = mvc.perform(get("/api/votes/" + id + "/electors")
                        .param("size", "200")
                        .with(httpBasic("staff1", "demo")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(register)
                .contains(voter.login())
                .doesNotContain("UNSATISFIED")
                .doesNotContain("choice");
    }

    @Test
    void casting_a_ballot_logs_nothing(CapturedOutput output) throws Exception {
        long id = openVote("保密性测试：日志");
        Elector voter = scenario.electors(id).get(0);
        int from = output.length();

        mvc.perform(post("/api/votes/" + id + "/ballots")
                        .with(httpBasic(voter.login(), "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"choice\": \"SATISFIED\"}"))
                .andExpect(status().isNoContent());

        String logged = output.toString().substring(from);
        assertThat(logged)
                .doesNotContain(voter.login())
                .doesNotContain("SATISFIED")
                .doesNotContain("vote_tally");
    }

    @Test
    void no_ballot_is_taken_while_its_statements_would_be_logged() throws Exception {
        long id = openVote("保密性测试：调试日志");
        Elector voter = scenario.electors(id).get(0);
        Logger statements = (Logger) LoggerFactory.getLogger("org.deputyflow.vote.persistence.TallyMapper");
        Level level = statements.getLevel();
        statements.setLevel(Level.DEBUG);
        try {
            mvc.perform(post("/api/votes/" + id + "/ballots")
                            .with(httpBasic(voter.login(), "demo"))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"choice\": \"SATISFIED\"}"))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.detail").value(containsString("无记名投票")));
        } finally {
            statements.setLevel(level);
        }
        assertThat(votes.details(id, scenario.user("staff1")).ballotsCast()).isZero();

        mvc.perform(post("/api/votes/" + id + "/ballots")
                        .with(httpBasic(voter.login(), "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"choice\": \"SATISFIED\"}"))
                .andExpect(status().isNoContent());
        assertThat(counting.close(id, scenario.staff()).tally().satisfied()).isEqualTo(1);
    }

    // ---- helpers -----------------------------------------------------------------------------------

    private long openVote(String title) {
        long id = scenario.create(title, "dept19");
        scenario.attend(id, scenario.electorateSize(id));
        opening.open(id, scenario.staff());
        return id;
    }

    /** Everything a ballot can have touched for one vote, without the vote's id. */
    private List<String> ballotState(long id) {
        List<String> state = new ArrayList<>(jdbc.query(
                "SELECT member_id, login, display_name, present, voted FROM vote_elector WHERE vote_id = ? ORDER BY member_id",
                (rs, i) -> rs.getLong(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getBoolean(4) + " "
                        + rs.getBoolean(5),
                id));
        state.addAll(jdbc.query(
                "SELECT satisfied_count, basically_satisfied_count, unsatisfied_count, invalid_count "
                        + "FROM vote_tally WHERE vote_id = ?",
                (rs, i) -> "tally " + rs.getInt(1) + "/" + rs.getInt(2) + "/" + rs.getInt(3) + "/" + rs.getInt(4),
                id));
        return state;
    }

    record Change(List<Map<String, String>> removed, List<Map<String, String>> added) {}

    record Column(String type, boolean autoIncrement) {}

    private static Set<String> changedColumns(Change change) {
        Map<String, String> removed = change.removed().get(0);
        Map<String, String> added = change.added().get(0);
        Set<String> changed = new HashSet<>();
        added.forEach((column, value) -> {
            if (!Objects.equals(value, removed.get(column))) {
                changed.add(column);
            }
        });
        return changed;
    }

    private static Map<String, Change> diff(
            Map<String, List<Map<String, String>>> before, Map<String, List<Map<String, String>>> after) {
        Map<String, Change> changes = new TreeMap<>();
        Set<String> tables = new HashSet<>(before.keySet());
        tables.addAll(after.keySet());
        for (String table : tables) {
            List<Map<String, String>> removed = new ArrayList<>(before.getOrDefault(table, List.of()));
            List<Map<String, String>> added = new ArrayList<>(after.getOrDefault(table, List.of()));
            for (Map<String, String> row : after.getOrDefault(table, List.of())) {
                if (removed.remove(row)) {
                    added.remove(row);
                }
            }
            if (!removed.isEmpty() || !added.isEmpty()) {
                changes.put(table, new Change(removed, added));
            }
        }
        return changes;
    }

    /** Every row of every table of the application's schema, the engine's included. */
    private Map<String, List<Map<String, String>>> snapshot() throws SQLException {
        Map<String, List<Map<String, String>>> snapshot = new TreeMap<>();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            String quote = connection.getMetaData().getIdentifierQuoteString();
            for (String table : tableNames(connection)) {
                String key = table.toLowerCase(Locale.ROOT);
                if (WRITTEN_BY_THE_CLOCK.contains(key)) {
                    continue;
                }
                List<Map<String, String>> rows = new ArrayList<>();
                try (ResultSet rs = statement.executeQuery("SELECT * FROM " + quote + table + quote)) {
                    ResultSetMetaData meta = rs.getMetaData();
                    while (rs.next()) {
                        Map<String, String> row = new LinkedHashMap<>();
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            row.put(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), text(rs.getObject(i)));
                        }
                        rows.add(row);
                    }
                }
                snapshot.put(key, rows);
            }
        }
        assertThat(snapshot).containsKeys("vote", "vote_elector", "vote_tally", "act_ru_task", "act_hi_actinst");
        return snapshot;
    }

    private static String text(Object value) throws SQLException {
        if (value instanceof byte[] bytes) {
            return "bytes#" + Arrays.hashCode(bytes);
        }
        if (value instanceof Blob blob) {
            return "blob#" + Arrays.hashCode(blob.getBytes(1, (int) blob.length()));
        }
        if (value instanceof Clob clob) {
            return clob.getSubString(1, (int) clob.length());
        }
        return value == null ? null : value.toString();
    }

    private static List<String> tableNames(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = connection
                .getMetaData()
                .getTables(connection.getCatalog(), connection.getSchema(), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME"));
            }
        }
        return names;
    }

    private static Map<String, Map<String, Column>> columns(Connection connection) throws SQLException {
        Map<String, Map<String, Column>> tables = new TreeMap<>();
        for (String table : tableNames(connection)) {
            Map<String, Column> columns = new TreeMap<>();
            try (ResultSet rs =
                    connection.getMetaData().getColumns(connection.getCatalog(), connection.getSchema(), table, "%")) {
                while (rs.next()) {
                    columns.put(
                            rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT),
                            new Column(
                                    rs.getString("TYPE_NAME").toUpperCase(Locale.ROOT),
                                    "YES".equals(rs.getString("IS_AUTOINCREMENT"))));
                }
            }
            tables.put(table.toLowerCase(Locale.ROOT), columns);
        }
        return tables;
    }
}
