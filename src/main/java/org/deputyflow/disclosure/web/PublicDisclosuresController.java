package org.deputyflow.disclosure.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.deputyflow.disclosure.DisclosurePdf;
import org.deputyflow.disclosure.Disclosures;
import org.deputyflow.disclosure.Disclosures.Snapshot;
import org.deputyflow.disclosure.ReplyPublications;
import org.deputyflow.disclosure.domain.DisclosureCsv;
import org.deputyflow.disclosure.domain.DisclosureState;
import org.deputyflow.disclosure.domain.Quarter;
import org.deputyflow.shared.NotFoundException;
import org.deputyflow.shared.PageRequest;
import org.deputyflow.shared.web.PageController;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Published disclosures for everybody; anything not published does not exist here. */
@PageController
class PublicDisclosuresController {

    private static final int PAGE_SIZE = 20;

    private static final int LATEST_REPLIES = 50;

    private final Disclosures disclosures;
    private final DisclosurePdf pdf;
    private final ReplyPublications replies;
    private final MessageSource messages;

    PublicDisclosuresController(
            Disclosures disclosures, DisclosurePdf pdf, ReplyPublications replies, MessageSource messages) {
        this.messages = messages;
        this.disclosures = disclosures;
        this.pdf = pdf;
        this.replies = replies;
    }

    @GetMapping("/public/replies/{number:\\d{4}-\\d{4,}}")
    String reply(@PathVariable String number, Model model) {
        var published = replies.published(number);
        if (published.isEmpty()) {
            throw new NotFoundException("error.disclosure.reply.notPublished");
        }
        model.addAttribute("replies", published);
        model.addAttribute("first", published.get(0));
        return "disclosure/public-reply";
    }

    @GetMapping("/public")
    String index(@RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("disclosures", disclosures.list(DisclosureState.PUBLISHED, PageRequest.of(page, PAGE_SIZE)));
        model.addAttribute("replies", replies.latest(LATEST_REPLIES));
        return "disclosure/public-index";
    }

    @GetMapping("/public/disclosures/{year:\\d{4}}-Q{quarter:[1-4]}")
    String disclosure(@PathVariable int year, @PathVariable int quarter, Model model) {
        Snapshot snapshot = published(year, quarter);
        model.addAttribute("snapshot", snapshot);
        model.addAttribute("d", snapshot.disclosure());
        model.addAttribute("slug", snapshot.disclosure().period().slug());
        return "disclosure/public-disclosure";
    }

    @GetMapping("/public/disclosures/{year:\\d{4}}-Q{quarter:[1-4]}.csv")
    ResponseEntity<byte[]> csv(@PathVariable int year, @PathVariable int quarter) {
        Snapshot s = published(year, quarter);
        Locale locale = LocaleContextHolder.getLocale();
        byte[] body = DisclosureCsv.write(
                        s.disclosure(),
                        s.keyLines(),
                        s.departmentLines(),
                        s.earlierVersions(),
                        (code, arguments) -> messages.getMessage(code, arguments, locale))
                .getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(s.disclosure().period().slug() + ".csv")
                                .build()
                                .toString())
                .body(body);
    }

    @GetMapping("/public/disclosures/{year:\\d{4}}-Q{quarter:[1-4]}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable int year, @PathVariable int quarter) {
        Snapshot s = published(year, quarter);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(s.disclosure().period().slug() + ".pdf")
                                .build()
                                .toString())
                .body(pdf.write(s, LocaleContextHolder.getLocale()));
    }

    private Snapshot published(int year, int quarter) {
        return disclosures
                .published(new Quarter(year, quarter))
                .orElseThrow(() -> new NotFoundException("error.disclosure.notPublished"));
    }
}
