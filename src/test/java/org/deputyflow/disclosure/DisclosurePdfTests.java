package org.deputyflow.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.deputyflow.disclosure.Disclosures.Snapshot;
import org.deputyflow.disclosure.domain.DepartmentFigures;
import org.deputyflow.disclosure.domain.DepartmentLine;
import org.deputyflow.disclosure.domain.Disclosure;
import org.deputyflow.disclosure.domain.DisclosureState;
import org.deputyflow.disclosure.domain.KeyLine;
import org.deputyflow.words.BundleRendering;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DisclosurePdfTests {

    static final String TITLE = "2026年第三季度重点建议及建议办理情况公开";

    final Snapshot snapshot = new Snapshot(
            new Disclosure(
                    1,
                    2026,
                    3,
                    2,
                    7L,
                    DisclosureState.PUBLISHED,
                    TITLE,
                    "𠮷庆云代表的建议已办结。",
                    null,
                    Instant.parse("2026-10-01T00:00:00Z"),
                    "staff1",
                    null,
                    "council1",
                    null,
                    null,
                    null),
            List.of(new KeyLine(1, "2026-0001", "关于𠮷祥路积水的建议", "市水务局", "张督办", "排水管网改造已开工", "已答复", "A", "满意", 40)),
            List.of(DepartmentLine.freeze(
                    1, new DepartmentFigures("市水务局", 5, 2, 1, 1, 1, 1, 1, 1, 0, 0, 1, 0, 1, 0, 1, 1, 1))),
            List.of(new Disclosure(
                    7,
                    2026,
                    3,
                    1,
                    null,
                    DisclosureState.PUBLISHED,
                    TITLE,
                    null,
                    null,
                    Instant.parse("2026-10-01T00:00:00Z"),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null)));

    @Test
    void the_font_the_application_carries_prints_the_chinese_title_and_a_character_beyond_the_bmp() throws Exception {
        DisclosurePdf pdf = new DisclosurePdf("", BundleRendering.messageSource());
        assertThat(pdf.embedsFont()).isTrue();
        assertThat(pdf.fontSource()).isEqualTo(DisclosurePdf.BUNDLED_FONT);
        byte[] bytes = pdf.write(snapshot, Locale.SIMPLIFIED_CHINESE);
        assertThat(new String(bytes, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(text(bytes)).contains(TITLE, "市水务局", "替代第 1 版", "𠮷祥路", "𠮷庆云");
        // the subset of the characters used, not the whole font
        assertThat(bytes.length).isLessThan(1_000_000);
    }

    @Test
    void the_headings_are_in_the_language_asked_for_and_the_frozen_lines_as_published() throws Exception {
        DisclosurePdf pdf = new DisclosurePdf("", BundleRendering.messageSource());
        assertThat(text(pdf.write(snapshot, Locale.SIMPLIFIED_CHINESE))).contains("重点建议办理情况", "第 2 版", "各承办单位办理情况");
        assertThat(text(pdf.write(snapshot, Locale.ENGLISH)))
                .contains("Key suggestions", "Version 2", "Version 2, replacing version 1", "Departments", TITLE, "已答复")
                .doesNotContain("重点建议办理情况");
    }

    @Test
    void the_font_is_embedded_as_an_identity_h_subset_with_a_to_unicode_map() throws Exception {
        byte[] bytes =
                new DisclosurePdf("", BundleRendering.messageSource()).write(snapshot, Locale.SIMPLIFIED_CHINESE);
        PdfReader reader = new PdfReader(bytes);
        List<PdfDictionary> fonts = new ArrayList<>();
        for (int i = 0; i < reader.getXrefSize(); i++) {
            if (PdfReader.getPdfObjectRelease(reader.getPdfObject(i)) instanceof PdfDictionary dictionary
                    && PdfName.FONT.equals(dictionary.get(PdfName.TYPE))
                    && PdfName.TYPE0.equals(dictionary.get(PdfName.SUBTYPE))) {
                fonts.add(dictionary);
            }
        }
        assertThat(fonts).isNotEmpty().allSatisfy(type0 -> {
            assertThat(type0.get(PdfName.ENCODING)).isEqualTo(new PdfName("Identity-H"));
            // a subset carries a six-letter tag before the font's own name
            assertThat(type0.get(PdfName.BASEFONT).toString()).matches("/[A-Z]{6}\\+NotoSansCJKsc-Regular.*");
            assertThat(type0.get(PdfName.TOUNICODE)).isNotNull();
            PdfDictionary cidFont = (PdfDictionary) PdfReader.getPdfObject(
                    ((PdfArray) PdfReader.getPdfObject(type0.get(PdfName.DESCENDANTFONTS))).getPdfObject(0));
            PdfDictionary descriptor = (PdfDictionary) PdfReader.getPdfObject(cidFont.get(PdfName.FONTDESCRIPTOR));
            assertThat(descriptor.get(PdfName.FONTFILE3))
                    .as("the font program is in the file")
                    .isNotNull();
        });
    }

    /**
     * Text extraction reads the ToUnicode map and cannot see a wrong glyph. The font is CID-keyed and the PDF
     * names each glyph by its glyph id as CID, so every glyph's CID in the font's charset must equal its id:
     * a subset whose glyphs were renumbered would print other characters while extracting the right ones.
     */
    @Test
    void the_font_the_application_carries_keeps_each_glyph_at_its_cid() throws Exception {
        byte[] otf;
        try (var in = getClass().getClassLoader().getResourceAsStream("fonts/NotoSansCJKsc-Regular-subset.otf")) {
            otf = in.readAllBytes();
        }
        int[] cids = CffCharset.cidsByGlyph(otf);
        assertThat(cids.length).isGreaterThan(60_000);
        for (int glyph = 0; glyph < cids.length; glyph++) {
            assertThat(cids[glyph]).as("CID of glyph %d", glyph).isEqualTo(glyph);
        }
    }

    @Test
    void a_configured_font_file_replaces_the_font_the_application_carries(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("custom.otf");
        try (var in = getClass().getClassLoader().getResourceAsStream("fonts/NotoSansCJKsc-Regular-subset.otf")) {
            Files.copy(in, file);
        }
        DisclosurePdf pdf = new DisclosurePdf(file.toString(), BundleRendering.messageSource());
        assertThat(pdf.fontSource()).isEqualTo(file.toString());
        assertThat(text(pdf.write(snapshot, Locale.SIMPLIFIED_CHINESE))).contains(TITLE, "𠮷祥路");
    }

    @Test
    void a_configured_font_that_cannot_be_read_leaves_the_font_the_application_carries() throws Exception {
        DisclosurePdf pdf = new DisclosurePdf("/nonexistent/font.ttc,2", BundleRendering.messageSource());
        assertThat(pdf.fontSource()).isEqualTo(DisclosurePdf.BUNDLED_FONT);
        assertThat(text(pdf.write(snapshot, Locale.SIMPLIFIED_CHINESE))).contains("𠮷祥路");
    }

    @Test
    void without_any_font_the_standard_chinese_font_is_named_and_a_character_beyond_the_bmp_breaks_nothing()
            throws Exception {
        DisclosurePdf pdf = new DisclosurePdf(
                List.of("/nonexistent/font.ttc,2", "classpath:fonts/missing.otf"), BundleRendering.messageSource());
        assertThat(pdf.embedsFont()).isFalse();
        byte[] bytes = pdf.write(snapshot, Locale.SIMPLIFIED_CHINESE);
        // OpenPDF's extractor cannot read the CMap-encoded fallback; pdftotext can. Here: a whole, valid file.
        PdfReader reader = new PdfReader(bytes);
        assertThat(reader.getNumberOfPages()).isGreaterThanOrEqualTo(1);
        assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).contains("STSong-Light");
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
