package org.deputyflow.suggestion.reporting.web;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.springframework.context.MessageSource;

/**
 * The draft as a Word document, in the form a report to the standing committee takes: the title and
 * the headings in 黑体, the text in 仿宋 三号 with a first-line indent of two characters, tables in 宋体. The East Asian font is set on every run, so that Word does not
 * fall back to a Western font for the Chinese text. The fonts are named in the message bundles, as the
 * document's language names them.
 */
final class AnnualReportDocx {

    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static final String LATIN_FONT = "Times New Roman";

    /** The East Asian fonts of the title, the headings, the text and the tables. */
    record Fonts(String title, String heading, String body, String table) {

        static Fonts of(MessageSource messages, Locale locale) {
            return new Fonts(
                    messages.getMessage("text.reporting.annual.font.title", null, locale),
                    messages.getMessage("text.reporting.annual.font.heading", null, locale),
                    messages.getMessage("text.reporting.annual.font.body", null, locale),
                    messages.getMessage("text.reporting.annual.font.table", null, locale));
        }
    }

    private AnnualReportDocx() {}

    static void write(AnnualReportDraft draft, Fonts fonts, OutputStream out) throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            XWPFParagraph title = document.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            title.setSpacingAfter(240);
            run(title, draft.title(), fonts.title(), 22, true);
            paragraph(document, draft.basis(), fonts);
            for (AnnualReportDraft.Section section : draft.sections()) {
                XWPFParagraph heading = document.createParagraph();
                heading.setSpacingBefore(240);
                heading.setIndentationFirstLine(640);
                // an outline level makes it a heading to Word: the navigation pane and a table of contents list it
                CTPPr layout = heading.getCTP().isSetPPr()
                        ? heading.getCTP().getPPr()
                        : heading.getCTP().addNewPPr();
                layout.addNewOutlineLvl().setVal(BigInteger.ZERO);
                run(heading, section.heading(), fonts.heading(), 16, false);
                for (String text : section.paragraphs()) {
                    paragraph(document, text, fonts);
                }
                if (section.table() != null) {
                    table(document, section.table(), fonts);
                }
            }
            document.write(out);
        }
    }

    private static void paragraph(XWPFDocument document, String text, Fonts fonts) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.BOTH);
        // two characters of 三号 (16 pt): 640 twentieths of a point
        paragraph.setIndentationFirstLine(640);
        paragraph.setSpacingBetween(1.5);
        run(paragraph, text, fonts.body(), 16, false);
    }

    private static void table(XWPFDocument document, AnnualReportDraft.Table table, Fonts fonts) {
        XWPFTable grid =
                document.createTable(table.rows().size() + 1, table.header().size());
        grid.setWidth("100%");
        fill(grid.getRow(0), table.header(), fonts.heading(), true);
        for (int i = 0; i < table.rows().size(); i++) {
            fill(grid.getRow(i + 1), table.rows().get(i), fonts.table(), false);
        }
    }

    private static void fill(XWPFTableRow row, List<String> cells, String font, boolean header) {
        for (int i = 0; i < cells.size(); i++) {
            XWPFParagraph paragraph = row.getCell(i).getParagraphs().get(0);
            paragraph.setAlignment(ParagraphAlignment.CENTER);
            run(paragraph, cells.get(i), font, 10.5, header);
        }
    }

    private static void run(XWPFParagraph paragraph, String text, String eastAsiaFont, double points, boolean bold) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setBold(bold);
        run.setFontSize(points);
        CTRPr properties =
                run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
        CTFonts fonts = properties.sizeOfRFontsArray() > 0 ? properties.getRFontsArray(0) : properties.addNewRFonts();
        fonts.setEastAsia(eastAsiaFont);
        fonts.setAscii(LATIN_FONT);
        fonts.setHAnsi(LATIN_FONT);
        fonts.setCs(LATIN_FONT);
    }
}
