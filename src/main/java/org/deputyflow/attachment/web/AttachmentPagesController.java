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
 * The files panels of the suggestion and motion pages, loaded by htmx, and those of each reply and follow-up report
 * on the suggestion page: the files the reader may download and, for whoever may still change them (the lead
 * deputy, the replying department's handler), the upload form and a delete button per own file. Each form posts
 * here, calls the same service as the API and goes back to the record's page with the outcome as a flash.
 */
@PageController
class AttachmentPagesController {

    static final String PANEL = "attachment/panel :: panel";

    private final Attaching attaching;
    private final AttachmentQueries queries;
    private final CalendarService calendar;
    private final PageMessages messages;

    AttachmentPagesController(
            Attaching attaching, AttachmentQueries queries, CalendarService calendar, PageMessages messages) {
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

    @GetMapping("/replies/{replyId}/attachments")
    String replyPanel(@AuthenticationPrincipal CurrentUser user, @PathVariable long replyId, Model model) {
        return panel(user, OwnerKind.REPLY, replyId, model);
    }

    @GetMapping("/follow-ups/{followUpId}/attachments")
    String followUpPanel(@AuthenticationPrincipal CurrentUser user, @PathVariable long followUpId, Model model) {
        return panel(user, OwnerKind.FOLLOW_UP, followUpId, model);
    }

    @PostMapping("/replies/{replyId}/attachments")
    @PreAuthorize("hasRole('DEPT_HANDLER')")
    String uploadToReply(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long replyId,
            @RequestParam(name = "file", required = false) MultipartFile file,
            RedirectAttributes redirect) {
        return upload(user, OwnerKind.REPLY, replyId, file, redirect);
    }

    @PostMapping("/follow-ups/{followUpId}/attachments")
    @PreAuthorize("hasRole('DEPT_HANDLER')")
    String uploadToFollowUp(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long followUpId,
            @RequestParam(name = "file", required = false) MultipartFile file,
            RedirectAttributes redirect) {
        return upload(user, OwnerKind.FOLLOW_UP, followUpId, file, redirect);
    }

    @PostMapping("/suggestions/{id}/attachments")
    @PreAuthorize("hasRole('DEPUTY')")
    String uploadToSuggestion(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @RequestParam(name = "file", required = false) MultipartFile file,
            RedirectAttributes redirect) {
        return upload(user, OwnerKind.SUGGESTION, id, file, redirect);
    }

    @PostMapping("/motions/{id}/attachments")
    @PreAuthorize("hasRole('DEPUTY')")
    String uploadToMotion(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @RequestParam(name = "file", required = false) MultipartFile file,
            RedirectAttributes redirect) {
        return upload(user, OwnerKind.MOTION, id, file, redirect);
    }

    @PostMapping("/attachments/{id}/deletion")
    @PreAuthorize("hasAnyRole('DEPUTY', 'DEPT_HANDLER')")
    String delete(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        Attaching.Removal removed = attaching.remove(user, id);
        redirect.addFlashAttribute(
                "flash",
                messages.get("attachment.flash.deleted", removed.attachment().fileName()));
        return "redirect:" + removed.ownerPage();
    }

    private String panel(CurrentUser user, OwnerKind kind, long id, Model model) {
        AttachmentQueries.Files files = queries.list(user, kind, id);
        model.addAttribute("files", files);
        model.addAttribute("uploadAction", ownPath(kind, id) + "/attachments");
        model.addAttribute("idPrefix", idPrefix(kind, id));
        model.addAttribute("maxSizeMb", Math.max(1, files.maxSize() / (1024 * 1024)));
        model.addAttribute("zone", calendar.zone());
        return PANEL;
    }

    private String upload(CurrentUser user, OwnerKind kind, long id, MultipartFile file, RedirectAttributes redirect) {
        // the record's rules answer first (404, 403, 409), as in the API; the page to go back to comes with them
        String page = queries.list(user, kind, id).ownerPage();
        try {
            Attachment added = attaching.add(user, kind, id, AttachmentController.incoming(file));
            redirect.addFlashAttribute("flash", messages.get("attachment.flash.uploaded", added.fileName()));
        } catch (BadRequestException e) {
            redirect.addFlashAttribute("flashError", messages.get(e));
        } catch (MaxUploadSizeExceededException e) {
            redirect.addFlashAttribute(
                    "flashError", messages.get("attachment.tooLarge", e.getMaxUploadSize() / (1024 * 1024)));
        }
        return "redirect:" + page;
    }

    /** The record's own path, under which its files panel and upload form live. */
    private static String ownPath(OwnerKind kind, long id) {
        return switch (kind) {
            case SUGGESTION -> "/suggestions/" + id;
            case MOTION -> "/motions/" + id;
            case REPLY -> "/replies/" + id;
            case FOLLOW_UP -> "/follow-ups/" + id;
        };
    }

    /** Element ids: the record's own panel keeps the plain ones, a reply's or report's panel beside it its own. */
    private static String idPrefix(OwnerKind kind, long id) {
        return switch (kind) {
            case SUGGESTION, MOTION -> "attachment";
            case REPLY -> "reply-" + id + "-attachment";
            case FOLLOW_UP -> "follow-up-" + id + "-attachment";
        };
    }
}
