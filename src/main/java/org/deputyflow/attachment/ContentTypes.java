package org.deputyflow.attachment;

import java.io.IOException;
import java.io.InputStream;

import org.apache.tika.Tika;
import org.springframework.stereotype.Component;

/**
 * Reads a file's type from its first bytes (Apache Tika's magic numbers). The name only refines what the content
 * already shows: a Word 2007 document is a ZIP inside, which its {@code .docx} name makes a Word document, while a
 * program named {@code .pdf} stays a program.
 */
@Component
class ContentTypes {

    private final Tika tika = new Tika();

    String detect(InputStream content, String fileName) throws IOException {
        return tika.detect(content, fileName);
    }
}
