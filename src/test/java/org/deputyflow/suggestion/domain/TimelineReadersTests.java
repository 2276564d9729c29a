package org.deputyflow.suggestion.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who reads each timeline line and its comment, from the table in timeline-readers.csv: one row
 * per action, so a new action without a row fails here until someone decides who may read it.
 */
class TimelineReadersTests {

    static final String TABLE = "timeline-readers.csv";
    static final long CONCERNED = 7L;
    static final long OTHER = 8L;
    static final long UNRELATED = 9L;

    /** The table's columns after the action, in order, and the reader each stands for. */
    static final List<String> COLUMNS = List.of(
            "lead_deputy",
            "co_signer",
            "staff",
            "council",
            "admin",
            "concerned_department",
            "other_department",
            "unrelated_department");

    static final List<SuggestionReader> READERS = List.of(
            SuggestionReader.leadDeputy(),
            SuggestionReader.coSigner(),
            SuggestionReader.staff(),
            SuggestionReader.council(),
            SuggestionReader.admin(),
            SuggestionReader.department(CONCERNED, true),
            SuggestionReader.department(OTHER, true),
            SuggestionReader.department(UNRELATED, false));

    record Row(String action, List<String> cells) {}

    static List<Row> table() throws IOException {
        try (InputStream in = TimelineReadersTests.class.getResourceAsStream(TABLE)) {
            assertThat(in).as(TABLE).isNotNull();
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .toList();
            assertThat(lines.get(0).split(","))
                    .containsExactlyElementsOf(
                            Stream.concat(Stream.of("action"), COLUMNS.stream()).toList());
            return lines.stream()
                    .skip(1)
                    .map(l -> l.split(",", -1))
                    .map(cells -> new Row(
                            cells[0].strip(),
                            Arrays.stream(cells).skip(1).map(String::strip).toList()))
                    .toList();
        }
    }

    static Stream<Arguments> cells() throws IOException {
        return table().stream().flatMap(row -> {
            assertThat(row.cells()).as(row.action()).hasSize(COLUMNS.size());
            return java.util.stream.IntStream.range(0, COLUMNS.size())
                    .mapToObj(i -> Arguments.of(
                            row.action(),
                            COLUMNS.get(i),
                            READERS.get(i),
                            row.cells().get(i)));
        });
    }

    @Test
    void every_action_has_exactly_one_row_and_every_row_names_an_action() throws IOException {
        List<String> actions = table().stream().map(Row::action).toList();
        assertThat(actions).doesNotHaveDuplicates();
        assertThat(actions)
                .as("one row per TimelineAction in " + TABLE)
                .containsExactlyInAnyOrderElementsOf(
                        Arrays.stream(TimelineAction.values()).map(Enum::name).toList());
    }

    @ParameterizedTest(name = "{0} to {1}: {3}")
    @MethodSource("cells")
    void each_reader_sees_the_line_and_its_comment_as_the_table_says(
            String action, String column, SuggestionReader reader, String expected) {
        assertThat(expected).as("cell of " + action + " / " + column).isIn("entry+comment", "entry", "-");
        TimelineEntry entry = new TimelineEntry(
                1, 10, Instant.EPOCH, "actor", "办理人", TimelineAction.valueOf(action), CONCERNED, "只给有权看的人的说明", null);
        Optional<TimelineEntry> read = reader.read(entry);
        switch (expected) {
            case "entry+comment" -> assertThat(read).contains(entry);
            case "entry" ->
                assertThat(read).hasValueSatisfying(e -> {
                    assertThat(e.comment()).isNull();
                    assertThat(e.action()).isEqualTo(entry.action());
                    assertThat(e.at()).isEqualTo(entry.at());
                });
            default -> assertThat(read).isEmpty();
        }
    }

    @Test
    void a_department_line_without_a_department_is_read_by_staff_council_and_admins_only() {
        for (TimelineAction action : TimelineAction.values()) {
            TimelineEntry entry = new TimelineEntry(1, 10, Instant.EPOCH, "actor", "办理人", action, null, "说明", null);
            boolean departmentOnly = !action.commentShownTo(ReaderRelation.OTHER_DEPARTMENT);
            for (SuggestionReader reader : READERS) {
                boolean overseer = reader.relation().overseer();
                if (overseer) {
                    assertThat(reader.read(entry)).as(action + " to " + reader).contains(entry);
                } else if (departmentOnly) {
                    assertThat(reader.read(entry).map(TimelineEntry::comment))
                            .as(action + " to " + reader)
                            .isEmpty();
                }
            }
        }
    }

    @Test
    void a_reader_keeps_the_order_of_the_lines_and_leaves_out_what_it_may_not_read() {
        TimelineEntry assigned =
                new TimelineEntry(1, 10, Instant.EPOCH, "staff1", "工作人员", TimelineAction.ASSIGNED, null, "主办：一局", null);
        TimelineEntry disputed = new TimelineEntry(
                2, 10, Instant.EPOCH, "h", "经办人", TimelineAction.DISPUTED, CONCERNED, "不属本单位职责", null);
        TimelineEntry urged =
                new TimelineEntry(3, 10, Instant.EPOCH, "staff1", "工作人员", TimelineAction.URGED, OTHER, "请加快办理", null);
        List<TimelineEntry> timeline = List.of(assigned, disputed, urged);
        assertThat(SuggestionReader.leadDeputy().read(timeline)).containsExactly(assigned);
        assertThat(SuggestionReader.department(CONCERNED, true).read(timeline)).containsExactly(assigned, disputed);
        assertThat(SuggestionReader.department(OTHER, true).read(timeline)).containsExactly(assigned, urged);
        assertThat(SuggestionReader.council().read(timeline)).containsExactly(assigned, disputed, urged);
        assertThat(SuggestionReader.department(UNRELATED, false).read(timeline)).isEmpty();
    }

    @Test
    void only_a_department_reader_has_a_department() {
        assertThatThrownBy(() -> new SuggestionReader(ReaderRelation.STAFF, CONCERNED))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SuggestionReader(ReaderRelation.OTHER_DEPARTMENT, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SuggestionReader(ReaderRelation.CONCERNED_DEPARTMENT, CONCERNED))
                .as("a department is concerned by a line, not by the suggestion")
                .isInstanceOf(IllegalArgumentException.class);
    }
}
