package org.deputyflow.attachment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileNamesTests {

    @Test
    void a_name_loses_its_folders_control_characters_and_quotes() {
        assertThat(FileNames.clean("C:\\Users\\代表\\调研报告.pdf")).isEqualTo("调研报告.pdf");
        assertThat(FileNames.clean("../../etc/passwd")).isEqualTo("passwd");
        assertThat(FileNames.clean("报\u0000告\n\".pdf")).isEqualTo("报告.pdf");
        assertThat(FileNames.clean("  𠮷野家.png ")).isEqualTo("𠮷野家.png");
    }

    @Test
    void nothing_left_is_no_name() {
        assertThat(FileNames.clean(null)).isNull();
        assertThat(FileNames.clean("  ")).isNull();
        assertThat(FileNames.clean("a/..")).isNull();
    }

    @Test
    void a_long_name_is_cut_to_the_limit_keeping_its_extension() {
        String name = FileNames.clean("𠮷".repeat(300) + ".docx");
        assertThat(name.codePointCount(0, name.length())).isEqualTo(FileNames.MAX_LENGTH);
        assertThat(name).endsWith("𠮷.docx");
    }
}
