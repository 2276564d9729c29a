package org.deputyflow.disclosure;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.deputyflow.disclosure.Disclosures.Snapshot;
import org.deputyflow.disclosure.domain.DepartmentFigures;
import org.deputyflow.disclosure.domain.DepartmentLine;
import org.deputyflow.disclosure.domain.Disclosure;
import org.deputyflow.disclosure.domain.KeyLine;
import org.deputyflow.disclosure.domain.Words;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A published disclosure as PDF, with the same content as its page. Chinese needs a CJK font, and the
 * application carries its own: a subset of Noto Sans CJK SC (SIL Open Font License, see
 * {@code fonts/OFL.txt} beside it for what the subset covers), embedded as a subset with Identity-H and a
 * ToUnicode map, so that any character it has — 𠮷 included — prints, extracts and reads aloud the
 * same on every server. {@code deputyflow.disclosure.pdf-font} names another font file instead (a
 * collection with {@code ,index}). Only if neither loads is Adobe's STSong-Light named without embedding
 * it; its CMap is UCS-2, so characters beyond the Basic Multilingual Plane are replaced rather than
 * allowed to break the document. Headings are in the language asked for; the frozen lines are as published.
 */
@Component
public class DisclosurePdf {

    private static final Logger log = LoggerFactory.getLogger(DisclosurePdf.class);

    /** The font the application carries, on the classpath. */
    static final String BUNDLED_FONT = "classpath:fonts/NotoSansCJKsc-Regular-subset.otf";

    private final BaseFont font;
    private final String fontSource;
    private final MessageSource messages;

    @org.springframework.beans.factory.annotation.Autowired
    DisclosurePdf(@Value("${deputyflow.disclosure.pdf-font:}") String configuredFont, MessageSource messages) {
        this(
                configuredFont == null || configuredFont.isBlank()
                        ? List.of(BUNDLED_FONT)
                        : List.of(configuredFont.strip(), BUNDLED_FONT),
                messages);
    }

    /**
     * @param fontFiles fonts to try in order: files, each optionally with {@code ,index} into a collection,
     *        or {@code classpath:} resources
     */
    DisclosurePdf(List<String> fontFiles, MessageSource messages) {
        this.messages = messages;
        BaseFont chosen = null;
        String source = null;
        for (String candidate : fontFiles) {
            chosen = load(candidate);
            if (chosen != null) {
                source = candidate;
                break;
            }
        }
        if (chosen == null) {
            log.warn("No CJK font could be loaded from {}: PDFs name STSong-Light without embedding it", fontFiles);
            chosen = fallback();
        }
        font = chosen;
        fontSource = source;
    }

    /** Whether the PDFs carry their own CJK font. */
    public boolean embedsFont() {
        return fontSource != null;
    }

    /** Where the embedded font came from: a file, {@link #BUNDLED_FONT}, or {@code null} for the fallback. */
    String fontSource() {
        return fontSource;
    }

    private static BaseFont load(String candidate) {
        try {
            if (candidate.startsWith("classpath:")) {
                return loadResource(candidate.substring("classpath:".length()));
            }
            String file = candidate.replaceFirst(",\\d+$", "");
            if (!Files.isReadable(Path.of(file))) {
                log.warn("CJK font file {} is not readable", file);
                return null;
            }
            return BaseFont.createFont(candidate, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        } catch (Exception e) {
            log.warn("CJK font {} could not be loaded: {}", candidate, e.toString());
            return null;
        }
    }

    private static BaseFont loadResource(String resource) throws Exception {
        try (InputStream in = DisclosurePdf.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                log.warn("CJK font {} is not on the classpath", resource);
                return null;
            }
            // the name only tells OpenPDF the font's format; the bytes are the font
            return BaseFont.createFont(
                    resource.substring(resource.lastIndexOf('/') + 1),
                    BaseFont.IDENTITY_H,
                    BaseFont.EMBEDDED,
                    BaseFont.CACHED,
                    in.readAllBytes(),
                    null);
        }
    }

    private static BaseFont fallback() {
        try {
            return BaseFont.createFont("STSong-Light", "UniGB-UCS2-H", BaseFont.NOT_EMBEDDED);
        } catch (Exception e) {
            throw new IllegalStateException("OpenPDF's STSong-Light is missing", e);
        }
    }

    public byte[] write(Snapshot snapshot, Locale locale) {
        Words words = (code, arguments) -> messages.getMessage(code, arguments, locale);
        Disclosure d = snapshot.disclosure();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
        PdfWriter.getInstance(document, out);
        document.addTitle(safe(d.title()));
        document.open();
        Font title = new Font(font, 16, Font.BOLD);
        Font heading = new Font(font, 12, Font.BOLD);
        Font body = new Font(font, 8);

        document.add(new Paragraph(safe(d.title()), title));
        StringBuilder version =
                new StringBuilder(words.get("text.disclosure.export.version", String.valueOf(d.version())));
        for (Disclosure earlier : snapshot.earlierVersions()) {
            version.append(words.get("text.disclosure.pdf.replaces", String.valueOf(earlier.version())));
        }
        document.add(new Paragraph(version.toString(), body));
        if (d.commentary() != null) {
            document.add(new Paragraph(safe(d.commentary()), body));
        }

        document.add(new Paragraph(words.get("text.disclosure.export.keySuggestions"), heading));
        PdfPTable keys = table(
                body,
                new float[] {2, 6, 4, 2, 5, 2, 1.5f, 2, 1.5f},
                columns(words, "text.disclosure.export.column.", KeyLine.COLUMNS.toArray(String[]::new)));
        for (KeyLine k : snapshot.keyLines()) {
            cells(keys, body, k.cells());
        }
        document.add(keys);

        document.add(new Paragraph(words.get("text.disclosure.export.departments"), heading));
        PdfPTable departments = table(
                body,
                new float[] {5, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 1, 1.5f, 1.5f},
                columns(
                        words,
                        "text.disclosure.pdf.column.",
                        "department",
                        "received",
                        "replied",
                        "repliedOnTime",
                        "repliedLate",
                        "overdue",
                        "extensions",
                        "classA",
                        "classB",
                        "classC",
                        "classD",
                        "attitude",
                        "result",
                        "notEvaluated",
                        "solvedRate",
                        "satisfactionRate"));
        for (DepartmentLine line : snapshot.departmentLines()) {
            DepartmentFigures f = line.figures();
            cells(
                    departments,
                    body,
                    f.departmentName(),
                    n(f.received()),
                    n(f.replied()),
                    n(f.repliedOnTime()),
                    n(f.repliedLate()),
                    n(f.overdue()),
                    n(f.extensions()),
                    n(f.classA()),
                    n(f.classB()),
                    n(f.classC()),
                    n(f.classD()),
                    f.attitudeSatisfied() + "/" + f.attitudeBasically() + "/" + f.attitudeUnsatisfied(),
                    f.resultSatisfied() + "/" + f.resultBasically() + "/" + f.resultUnsatisfied(),
                    n(f.notEvaluated()),
                    line.solvedRate(),
                    line.satisfactionRate());
        }
        document.add(departments);
        document.add(new Paragraph(words.get("text.disclosure.export.ratingsNote"), body));
        document.close();
        return out.toByteArray();
    }

    private static String[] columns(Words words, String prefix, String... columns) {
        String[] headings = new String[columns.length];
        for (int i = 0; i < columns.length; i++) {
            headings[i] = words.get(prefix + columns[i]);
        }
        return headings;
    }

    private PdfPTable table(Font font, float[] widths, String... headers) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setSpacingAfter(10);
        table.setHeaderRows(1);
        for (String header : headers) {
            PdfPCell cell = new PdfPCell(new Phrase(header, font));
            cell.setHorizontalAlignment(Element.ALIGN_CENTER);
            table.addCell(cell);
        }
        return table;
    }

    private void cells(PdfPTable table, Font font, String... values) {
        for (String value : values) {
            table.addCell(new Phrase(safe(value == null ? "" : value), font));
        }
    }

    private static String n(int value) {
        return Integer.toString(value);
    }

    /** The fallback's UCS-2 CMap throws on characters beyond the BMP: one name must not break the file. */
    private String safe(String text) {
        if (embedsFont() || text == null) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> out.appendCodePoint(Character.isBmpCodePoint(cp) ? cp : '\u25A1'));
        return out.toString();
    }
}
