package org.deputyflow.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.deputyflow.DeputyFlowTest;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.disclosure.domain.DisclosureAction;
import org.deputyflow.meeting.TestMeetings;
import org.deputyflow.meeting.domain.MeetingKind;
import org.deputyflow.shared.DomainException;
import org.deputyflow.shared.Permissions;
import org.deputyflow.shared.Permissions.Refusal;
import org.deputyflow.suggestion.SuggestionApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * For every action on a disclosure in each of its situations and for every kind of reader, the policy allows
 * the action exactly when the service takes it, and a refused attempt raises the policy's own reason. Each
 * attempt runs in a transaction that is rolled back, so every attempt meets the same disclosures.
 */
@DeputyFlowTest
class DisclosurePolicyAgreementTests {

    static final int YEAR = 2003;

    @Autowired
    Disclosures disclosures;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    UserDetailsService users;

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcTemplate jdbc;

    SuggestionApi api;

    long meeting;

    @Test
    void the_policy_allows_an_action_exactly_when_the_service_takes_it() throws Exception {
        api = new SuggestionApi(mvc, json, jdbc);
        meeting = TestMeetings.insert(jdbc, MeetingKind.CHAIRPERSONS_COUNCIL, LocalDate.of(2020, 3, 2));
        Map<String, Long> situations = situations();
        Map<Long, String> statesBefore = states(situations);
        List<String> readers = List.of("staff1", "council1", "admin", "deputy001", "dept01-leader");

        List<String> disagreements = new ArrayList<>();
        Set<DisclosureAction> allowedSomewhere = EnumSet.noneOf(DisclosureAction.class);
        Set<DisclosureAction> refusedSomewhere = EnumSet.noneOf(DisclosureAction.class);
        for (var situation : situations.entrySet()) {
            for (String login : readers) {
                CurrentUser reader = (CurrentUser) users.loadUserByUsername(login);
                for (DisclosureAction action : DisclosureAction.values()) {
                    Attempt attempt = attempt(situation.getValue(), action, reader);
                    String where = situation.getKey() + " / " + login + " / " + action + ": ";
                    var refusal = attempt.permissions().refusal(action);
                    if (refusal.isEmpty()) {
                        allowedSomewhere.add(action);
                        if (attempt.raised() != null) {
                            disagreements.add(where + "allowed, but the service raised "
                                    + attempt.raised().code());
                        }
                    } else {
                        refusedSomewhere.add(action);
                        String disagreement = disagreement(refusal.get(), attempt.raised());
                        if (disagreement != null) {
                            disagreements.add(where + disagreement);
                        }
                    }
                }
            }
        }

        assertThat(disagreements).isEmpty();
        // the situations reach both answers for every action
        assertThat(allowedSomewhere).containsExactly(DisclosureAction.values());
        assertThat(refusedSomewhere).containsExactly(DisclosureAction.values());
        assertThat(states(situations)).as("every attempt was rolled back").isEqualTo(statesBefore);
    }

    private static String disagreement(Refusal refusal, DomainException raised) {
        if (raised == null) {
            return "refused with " + refusal.code() + ", but the service took it";
        }
        DomainException expected = refusal.exception();
        if (raised.getClass() != expected.getClass()
                || !raised.code().equals(expected.code())
                || !Arrays.equals(raised.arguments(), expected.arguments())) {
            return "refused with " + refusal + ", but the service raised "
                    + raised.getClass().getSimpleName() + " " + raised.code() + " "
                    + Arrays.toString(raised.arguments());
        }
        return null;
    }

    /** What the policy answers and what the service does, in one transaction that is then rolled back. */
    private Attempt attempt(long id, DisclosureAction action, CurrentUser reader) {
        return transaction.execute(status -> {
            status.setRollbackOnly();
            Permissions<DisclosureAction> permissions = disclosures.permissions(id, reader);
            try {
                switch (action) {
                    case REVIEW -> disclosures.review(id, "commentary", reader);
                    case APPROVE -> disclosures.decide(id, true, null, meeting, reader);
                    case SEND_BACK -> disclosures.decide(id, false, "reason", meeting, reader);
                    case CORRECT -> disclosures.correct(id, reader);
                }
                return new Attempt(permissions, null);
            } catch (DomainException e) {
                return new Attempt(permissions, e);
            }
        });
    }

    record Attempt(Permissions<DisclosureAction> permissions, DomainException raised) {}

    /** One disclosure in each situation the policy tells apart. */
    private Map<String, Long> situations() throws Exception {
        Map<String, Long> situations = new LinkedHashMap<>();
        situations.put("in review", start(1));
        long awaiting = start(2);
        review(awaiting);
        situations.put("awaiting approval", awaiting);
        long published = start(3);
        review(published);
        approve(published);
        situations.put("published", published);
        long corrected = start(4);
        review(corrected);
        approve(corrected);
        long correction = correct(corrected);
        situations.put("published, its correction in review", corrected);
        situations.put("a correction in review", correction);
        long sentBack = start(1, YEAR - 1);
        review(sentBack);
        api.read(api.post(
                "council1",
                "/api/disclosures/" + sentBack + "/approval",
                Map.of("approve", false, "comment", "please explain", "meetingId", meeting)));
        situations.put("sent back to review", sentBack);
        long replaced = start(2, YEAR - 1);
        review(replaced);
        approve(replaced);
        long latest = correct(replaced);
        review(latest);
        approve(latest);
        situations.put("published, replaced by a later version", replaced);
        situations.put("published correction", latest);
        return situations;
    }

    private long start(int quarter) throws Exception {
        return start(quarter, YEAR);
    }

    private long start(int quarter, int year) throws Exception {
        return api.read(api.post("staff1", "/api/disclosures", Map.of("year", year, "quarter", quarter)))
                .at("/disclosure/id")
                .asLong();
    }

    private void review(long id) throws Exception {
        api.read(api.post("staff1", "/api/disclosures/" + id + "/review", Map.of()));
    }

    private void approve(long id) throws Exception {
        api.read(api.post(
                "council1", "/api/disclosures/" + id + "/approval", Map.of("approve", true, "meetingId", meeting)));
    }

    private long correct(long id) throws Exception {
        return api.read(api.post("staff1", "/api/disclosures/" + id + "/corrections", null))
                .at("/disclosure/id")
                .asLong();
    }

    private Map<Long, String> states(Map<String, Long> situations) {
        Map<Long, String> states = new LinkedHashMap<>();
        situations
                .values()
                .forEach(id -> states.put(
                        id,
                        jdbc.queryForObject(
                                "SELECT CONCAT(state, '/', COALESCE(commentary, ''), '/', COALESCE(sent_back_comment, ''))"
                                        + " FROM disclosure WHERE id = ?",
                                String.class,
                                id)));
        states.put(
                0L,
                String.valueOf(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM disclosure WHERE period_year IN (?, ?)", Long.class, YEAR, YEAR - 1)));
        return states;
    }
}
