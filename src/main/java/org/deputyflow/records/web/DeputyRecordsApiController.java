package org.deputyflow.records.web;

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

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api")
@Tag(name = "records", description = "代表履职：领衔与附议的建议和议案、评价及按期评价、见面沟通，按年统计")
class DeputyRecordsApiController {

    private final DeputyRecords records;

    DeputyRecordsApiController(DeputyRecords records) {
        this.records = records;
    }

    @GetMapping("/deputies/records")
    @PreAuthorize("hasRole('STAFF')")
    @Operation(summary = "全体代表某年的履职情况（分页、排序）",
            description = "year 默认今年；sort 为 name、delegation、suggestionsLed、suggestionsCoSigned、motionsLed、"
                    + "motionsCoSigned、evaluations、evaluationsOnTime、meetings，可加 ,asc 或 ,desc；"
                    + "inactive=true 只列本年未领衔也未附议任何建议和议案的代表；delegation 按代表团筛选。")
    Page<DeputyRecord> all(@RequestParam(required = false) Integer year,
            @RequestParam(required = false) String sort, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, @RequestParam(defaultValue = "false") boolean inactive,
            @RequestParam(required = false) String delegation) {
        return records.all(year, delegation, inactive, RecordOrder.parse(sort), PageRequest.of(page, size));
    }

    @GetMapping("/me/records")
    @PreAuthorize("hasRole('DEPUTY')")
    @Operation(summary = "本人某年的履职情况", description = "year 默认今年；只有代表本人能看到自己的履职记录。")
    DeputyRecord own(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Integer year) {
        return records.own(user, year);
    }
}
