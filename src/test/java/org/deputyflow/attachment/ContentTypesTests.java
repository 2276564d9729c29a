package org.deputyflow.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.deputyflow.attachment.domain.FileTypes;
import org.junit.jupiter.api.Test;

/** The type read from the content, the name only refining it; a renamed archive stays an archive. */
class ContentTypesTests {

    final ContentTypes types = new ContentTypes();

    String detect(byte[] content, String name) throws IOException {
        return types.detect(new ByteArrayInputStream(content), name);
    }

    static byte[] zip(String... entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write("x".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void a_word_package_named_docx_is_word() throws IOException {
        String type = detect(Files.docx(), "答复.docx");

        assertThat(type).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(FileTypes.allowed(type)).contains("Word");
    }

    @Test
    void a_zip_archive_renamed_docx_xlsx_or_pptx_is_an_archive_and_refused() throws IOException {
        byte[] archive = zip("setup.exe", "readme.txt");

        for (String name : new String[] {"答复.docx", "表格.xlsx", "汇报.pptx"}) {
            String type = detect(archive, name);
            assertThat(type).as(name).isEqualTo(ContentTypes.ZIP);
            assertThat(FileTypes.allowed(type)).as(name).isEmpty();
        }
    }

    @Test
    void a_package_whose_main_part_is_of_another_kind_is_not_taken_for_the_name() throws IOException {
        // the parts list is there, but the main part is a spreadsheet's: not a Word document
        assertThat(detect(zip("[Content_Types].xml", "xl/workbook.xml"), "答复.docx"))
                .isEqualTo(ContentTypes.ZIP);
        assertThat(detect(zip("[Content_Types].xml", "xl/workbook.xml"), "表格.xlsx"))
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    @Test
    void other_types_come_from_their_first_bytes_whatever_the_name() throws IOException {
        assertThat(detect(Files.pdf("答复"), "答复.pdf")).isEqualTo("application/pdf");
        assertThat(detect(Files.png(), "照片.pdf")).isEqualTo("image/png");
        assertThat(FileTypes.allowed(detect(Files.exe(), "答复.pdf"))).isEmpty();
    }
}
