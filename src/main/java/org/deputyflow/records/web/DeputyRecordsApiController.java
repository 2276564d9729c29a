package org.deputyflow.records.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.records.DeputyRecords;
import org.deputyflow.records.domain.DeputyRecord;
import org.deputyflow.records.domain.RecordOrder;
import org.deputyflow.shared.Page;
import org.deputyflow.shared.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api")
@Tag(name = "records", description = "api.tag.records")
class DeputyRecordsApiController {

    private final DeputyRecords records;

    DeputyRecordsApiController(DeputyRecords records) {
        this.records = records;
    }

    @GetMapping("/deputies/records")
    @PreAuthorize("hasRole('STAFF')")
    @Operation(summary = "api.records.all", description = "api.records.all.description")
    Page<DeputyRecord> all(
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(defaultValue = "false") boolean inactive,
            @RequestParam(required = false) String delegation) {
        return records.all(year, delegation, inactive, RecordOrder.parse(sort), PageRequest.of(page, size));
    }

    @GetMapping("/me/records")
    @PreAuthorize("hasRole('DEPUTY')")
    @Operation(summary = "api.records.own", description = "api.records.own.description")
    DeputyRecord own(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Integer year) {
        return records.own(user, year);
    }
}
