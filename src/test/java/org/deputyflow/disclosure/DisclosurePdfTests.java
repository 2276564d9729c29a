package org.deputyflow.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.deputyflow.disclosure.Disclosures.Snapshot;
import org.deputyflow.disclosure.domain.DepartmentFigures;
import org.deputyflow.disclosure.domain.DepartmentLine;
import org.deputyflow.disclosure.domain.Disclosure;
import org.deputyflow.disclosure.domain.DisclosureState;
import org.deputyflow.disclosure.domain.KeyLine;
import org.junit.jupiter.api.Test;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

class DisclosurePdfTests {

    static final String TITLE = "2026年第三季度重点建议及建议办理情况公开";

    final Snapshot snapshot = new Snapshot(
            new Disclosure(1, 2026, 3, 2, 7L, DisclosureState.PUBLISHED, TITLE, "𠮷庆云代表的建议已办结。", null,
                    Instant.parse("2026-10-01T00:00:00Z"), "staff1", null, "council1", null, null),
            List.of(new KeyLine(1, "2026-0001", "关于𠮷祥路积水的建议", "市水务局", "已答复", "A", "满意", 40)),
            List.of(DepartmentLine.freeze(1, new DepartmentFigures("市水务局", 5, 2, 1, 1, 1, 1, 1, 1, 0, 0, 1, 0, 1,
                    0, 1, 1, 1))),
            List.of(new Disclosure(7, 2026, 3, 1, null, DisclosureState.PUBLISHED, TITLE, null, null,
                    Instant.parse("2026-10-01T00:00:00Z"), null, null, null, null, null)));

    @Test
    void the_embedded_cjk_font_prints_the_chinese_title_and_a_character_beyond_the_bmp() throws Exception {
        DisclosurePdf pdf = new DisclosurePdf("");
        byte[] bytes = pdf.write(snapshot);
        assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        String text = text(bytes);
        assertThat(text).contains(TITLE, "市水务局", "替代第 1 版");
        if (pdf.embedsFont()) {
            assertThat(text).contains("𠮷祥路");
        }
    }

    @Test
    void without_a_font_file_the_standard_chinese_font_is_used_and_a_character_beyond_the_bmp_breaks_nothing()
            throws Exception {
        DisclosurePdf pdf = new DisclosurePdf(List.of("/nonexistent/font.ttc,2"));
        assertThat(pdf.embedsFont()).isFalse();
        byte[] bytes = pdf.write(snapshot);
        // OpenPDF's extractor cannot read the CMap-encoded fallback; pdftotext can. Here: a whole, valid file.
        PdfReader reader = new PdfReader(bytes);
        assertThat(reader.getNumberOfPages()).isGreaterThanOrEqualTo(1);
        assertThat(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1)).contains("STSong-Light");
    }

    private static String text(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page));
        }
        return text.toString();
    }
}
