package org.deputyflow.vote.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.deputyflow.DeputyFlowTest;
import org.deputyflow.directory.DirectoryService;
import org.deputyflow.vote.CastingBallots;
import org.deputyflow.vote.CountingVotes;
import org.deputyflow.vote.OpeningVotes;
import org.deputyflow.vote.VoteQueries;
import org.deputyflow.vote.VoteScenario;
import org.deputyflow.vote.domain.Tally;
import org.deputyflow.vote.domain.Vote;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@DeputyFlowTest
class PublicVotesPageTests {

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

    VoteScenario scenario;

    @BeforeEach
    void setUp() {
        scenario = new VoteScenario(opening, casting, counting, votes, directory);
    }

    @Test
    void an_anonymous_visitor_sees_closed_votes_with_their_counts_and_outcome() throws Exception {
        long id = scenario.create("公开测试：市生态环境局", "dept12");
        int n = scenario.electorateSize(id);
        Tally ballots = new Tally(n / 2 + 1, 2, n / 2 - 4, 1);
        scenario.run(id, ballots);
        Vote vote = votes.details(id, scenario.user("staff1")).vote();

        String row = rowOf(id);

        assertThat(row).contains(vote.title(), "市生态环境局", "2025年度工作报告", "2026-06-26");
        assertThat(cells(row))
                .containsExactly(
                        String.valueOf(n),
                        String.valueOf(n),
                        String.valueOf(ballots.cast()),
                        String.valueOf(n / 2 + 1),
                        "2",
                        String.valueOf(n / 2 - 4),
                        "1");
        assertThat(row).contains("满意");
    }

    @Test
    void votes_that_are_not_closed_are_not_published() throws Exception {
        long preparing = scenario.create("公开测试：筹备中", "dept13");
        long open = scenario.create("公开测试：投票中", "dept13");
        scenario.attend(open, scenario.electorateSize(open));
        opening.open(open, scenario.staff());

        String page = publicPages();

        assertThat(page)
                .doesNotContain("data-vote-id=\"" + preparing + "\"")
                .doesNotContain("data-vote-id=\"" + open + "\"");
    }

    @Test
    void the_page_speaks_chinese_first_and_english_on_request() throws Exception {
        mvc.perform(get("/public/votes"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("满意度测评结果")));
        mvc.perform(get("/public/votes").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Satisfaction votes")));
        mvc.perform(get("/public/votes").param("page", "-1")).andExpect(status().isBadRequest());
    }

    @Test
    void every_message_the_vote_pages_use_exists_in_both_bundles() throws IOException {
        Properties chinese = bundle("messages.properties");
        Properties english = bundle("messages_en.properties");
        Set<String> used = new TreeSet<>();
        Pattern key = Pattern.compile("#\\{'?(vote\\.[A-Za-z0-9_.]+)");
        for (var template : new PathMatchingResourcePatternResolver().getResources("classpath:templates/vote/*.html")) {
            Matcher matcher = key.matcher(template.getContentAsString(StandardCharsets.UTF_8));
            while (matcher.find()) {
                used.add(matcher.group(1));
            }
        }
        used.removeIf(prefix -> prefix.endsWith("."));
        for (String outcome : List.of("SATISFIED", "BASICALLY_SATISFIED", "UNSATISFIED")) {
            used.add("vote.outcome." + outcome);
            used.add("vote.choice." + outcome);
        }
        used.add("vote.choice.INVALID");

        assertThat(used).isNotEmpty();
        assertThat(chinese.stringPropertyNames()).containsAll(used);
        assertThat(english.stringPropertyNames()).containsAll(used);
        assertThat(voteKeys(chinese)).isEqualTo(voteKeys(english));
    }

    /** The table row of one vote, from whichever page of the public list it is on. */
    private String rowOf(long id) throws Exception {
        String pages = publicPages();
        Matcher row = Pattern.compile("<tr data-vote-id=\"" + id + "\">(.*?)</tr>", Pattern.DOTALL)
                .matcher(pages);
        assertThat(row.find()).as("vote %d is published", id).isTrue();
        return row.group(1);
    }

    private String publicPages() throws Exception {
        StringBuilder all = new StringBuilder();
        int page = 0;
        String html;
        do {
            html = mvc.perform(get("/public/votes").param("page", String.valueOf(page++)))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            all.append(html);
        } while (html.contains("page=" + page + "\""));
        return all.toString();
    }

    private static List<String> cells(String row) {
        Matcher cell = Pattern.compile("<td class=\"count\">(\\d+)</td>").matcher(row);
        List<String> counts = new java.util.ArrayList<>();
        while (cell.find()) {
            counts.add(cell.group(1));
        }
        return counts;
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = new ClassPathResource(name).getInputStream()) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static Set<String> voteKeys(Properties bundle) {
        Set<String> keys = new TreeSet<>();
        bundle.stringPropertyNames().stream().filter(k -> k.startsWith("vote.")).forEach(keys::add);
        return keys;
    }
}
