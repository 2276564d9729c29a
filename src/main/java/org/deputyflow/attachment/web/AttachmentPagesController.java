package org.deputyflow.attachment.web;

import org.deputyflow.attachment.Attaching;
import org.deputyflow.attachment.AttachmentQueries;
import org.deputyflow.attachment.domain.Attachment;
import org.deputyflow.attachment.domain.OwnerKind;
import org.deputyflow.calendar.CalendarService;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.shared.BadRequestException;
import org.deputyflow.shared.web.PageController;
import org.deputyflow.shared.web.PageMessages;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The files panel of the suggestion and motion pages, loaded by htmx: the files the reader may download and, for
 * the lead deputy while the record takes files, the upload form and a delete button per own file. Each form posts
 * here, calls the same service as the API and goes back to the record's page with the outcome as a flash.
 */
@PageController
class AttachmentPagesController {

    static final String PANEL = "attachment/panel :: panel";

    private final Attaching attaching;
    private final AttachmentQueries queries;
    private final CalendarService calendar;
    private final PageMessages messages;

    AttachmentPagesController(Attaching attaching, AttachmentQueries queries, CalendarService calendar,
            PageMessages messages) {
        this.attaching = attaching;
        this.queries = queries;
        this.calendar = calendar;
        this.messages = messages;
    }

    @GetMapping("/suggestions/{id}/attachments")
    String suggestionPanel(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        return panel(user, OwnerKind.SUGGESTION, id, model);
    }

    @GetMapping("/motions/{id}/attachments")
    String motionPanel(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        return panel(user, OwnerKind.MOTION, id, model);
    }

    @PostMapping("/suggestions/{id}/attachments")
    @PreAuthorize("hasRole('DEPUTY')")
    String uploadToSuggestion(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes redirect) {
        return upload(user, OwnerKind.SUGGESTION, id, file, redirect);
    }

    @PostMapping("/motions/{id}/attachments")
    @PreAuthorize("hasRole('DEPUTY')")
    String uploadToMotion(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes redirect) {
        return upload(user, OwnerKind.MOTION, id, file, redirect);
    }

    @PostMapping("/attachments/{id}/deletion")
    @PreAuthorize("hasRole('DEPUTY')")
    String delete(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        Attachment removed = attaching.remove(user, id);
        redirect.addFlashAttribute("flash", messages.get("attachment.flash.deleted", removed.fileName()));
        return "redirect:" + ownerPage(removed.ownerKind(), removed.ownerId());
    }

    private String panel(CurrentUser user, OwnerKind kind, long id, Model model) {
        AttachmentQueries.Files files = queries.list(user, kind, id);
        model.addAttribute("files", files);
        model.addAttribute("uploadAction", ownerPage(kind, id) + "/attachments");
        model.addAttribute("maxSizeMb", Math.max(1, files.maxSize() / (1024 * 1024)));
        model.addAttribute("zone", calendar.zone());
        return PANEL;
    }

    private String upload(CurrentUser user, OwnerKind kind, long id, MultipartFile file, RedirectAttributes redirect) {
        try {
            Attachment added = attaching.add(user, kind, id, AttachmentController.incoming(file));
            redirect.addFlashAttribute("flash", messages.get("attachment.flash.uploaded", added.fileName()));
        } catch (BadRequestException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        } catch (MaxUploadSizeExceededException e) {
            redirect.addFlashAttribute("flashError", messages.get("attachment.tooLarge", e.getMaxUploadSize() / (1024 * 1024)));
        }
        return "redirect:" + ownerPage(kind, id);
    }

    private static String ownerPage(OwnerKind kind, long id) {
        return switch (kind) {
            case MOTION -> "/motions/" + id;
            default -> "/suggestions/" + id;
        };
    }
}
