package org.deputyflow.attachment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileTypesTests {

    @Test
    void documents_and_images_are_allowed() {
        assertThat(FileTypes.allowed("application/pdf")).contains("PDF");
        assertThat(FileTypes.allowed("image/jpeg")).contains("JPEG");
        assertThat(FileTypes.allowed("application/vnd.ms-excel")).contains("Excel");
        assertThat(FileTypes.allowed("application/vnd.openxmlformats-officedocument.presentationml.presentation"))
                .contains("PowerPoint");
    }

    @Test
    void programs_archives_pages_and_unrecognised_office_containers_are_not() {
        assertThat(FileTypes.allowed("application/x-msdownload")).isEmpty();
        assertThat(FileTypes.allowed("application/x-dosexec")).isEmpty();
        assertThat(FileTypes.allowed("application/zip")).isEmpty();
        assertThat(FileTypes.allowed("application/x-tika-msoffice")).isEmpty();
        assertThat(FileTypes.allowed("text/html")).isEmpty();
        assertThat(FileTypes.allowed("image/svg+xml")).isEmpty();
        assertThat(FileTypes.allowed(null)).isEmpty();
    }
}
