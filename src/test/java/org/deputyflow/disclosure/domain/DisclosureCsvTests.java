package org.deputyflow.disclosure.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DisclosureCsvTests {

    @Test
    void cells_are_quoted_and_formulas_defused() {
        Map<String, String> table = Map.of(
                "市水务局", "市水务局",
                "a,b", "\"a,b\"",
                "说\"明\"", "\"说\"\"明\"\"\"",
                "=HYPERLINK(1)", "'=HYPERLINK(1)",
                "-3", "-3",
                "50.0%", "50.0%");
        table.forEach((value, expected) ->
                assertThat(DisclosureCsv.cell(value)).as(value).isEqualTo(expected));
    }
}
