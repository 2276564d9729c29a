package org.deputyflow.motion.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Who reads each motion timeline line, from motion-timeline-readers.csv: one row per action, so a
 * new action without a row fails here until someone decides whether its comment may reach deputies.
 */
class MotionTimelineReadersTests {

    static final String TABLE = "motion-timeline-readers.csv";

    static List<String[]> rows() throws IOException {
        try (InputStream in = MotionTimelineReadersTests.class.getResourceAsStream(TABLE)) {
            assertThat(in).as(TABLE).isNotNull();
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .toList();
            assertThat(lines.get(0)).isEqualTo("action,lead_deputy,co_signer,staff,council,admin");
            return lines.stream().skip(1).map(l -> l.split(",", -1)).toList();
        }
    }

    @Test
    void every_action_has_exactly_one_row() throws IOException {
        List<String> actions = rows().stream().map(r -> r[0]).toList();
        assertThat(actions)
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(MotionTimelineAction.values())
                        .map(Enum::name)
                        .toList());
    }

    @Test
    void deputies_read_the_lines_the_table_gives_them_and_staff_council_and_admins_read_every_line()
            throws IOException {
        for (String[] row : rows()) {
            MotionTimelineAction action = MotionTimelineAction.valueOf(row[0]);
            assertThat(row).as(row[0]).hasSize(6);
            for (int i = 1; i <= 2; i++) {
                assertThat(row[i]).as(row[0]).isEqualTo(action.readByDeputies() ? "entry+comment" : "-");
            }
            for (int i = 3; i <= 5; i++) {
                assertThat(row[i]).as(row[0]).isEqualTo("entry+comment");
            }
        }
    }
}
