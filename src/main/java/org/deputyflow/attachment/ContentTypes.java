package org.deputyflow.attachment;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.apache.tika.Tika;
import org.springframework.stereotype.Component;

/**
 * Reads a file's type from its content (Apache Tika's magic numbers). The name only refines what the content
 * already shows: a Word 2007 document is a ZIP inside, which its {@code .docx} name makes a Word document, while a
 * program named {@code .pdf} stays a program. Because that refinement trusts the name, an Office document of the
 * 2007 formats is opened as the archive it is: without the package's parts list and its main part
 * ({@code word/}, {@code xl/}, {@code ppt/}) it is the plain ZIP archive it was renamed from.
 */
@Component
class ContentTypes {

    static final String ZIP = "application/zip";

    /** The 2007 formats and the folder their main part lives in. */
    private static final Map<String, String> OFFICE_PACKAGES = Map.of(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "word/",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xl/",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation", "ppt/");

    private final Tika tika = new Tika();

    String detect(InputStream content, String fileName) throws IOException {
        InputStream buffered = new BufferedInputStream(content);
        // Tika marks and resets a stream that supports it: the package check below reads from the first byte
        String type = tika.detect(buffered, fileName);
        String mainPart = OFFICE_PACKAGES.get(type);
        if (mainPart != null && !isPackage(buffered, mainPart)) {
            return ZIP;
        }
        return type;
    }

    private static boolean isPackage(InputStream content, String mainPart) throws IOException {
        boolean partsList = false;
        boolean main = false;
        try (ZipInputStream zip = new ZipInputStream(content)) {
            for (ZipEntry entry = zip.getNextEntry();
                    entry != null && !(partsList && main);
                    entry = zip.getNextEntry()) {
                partsList |= entry.getName().equals("[Content_Types].xml");
                main |= entry.getName().startsWith(mainPart);
            }
        } catch (ZipException e) {
            return false;
        }
        return partsList && main;
    }
}
