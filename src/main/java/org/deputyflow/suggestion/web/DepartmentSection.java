package org.deputyflow.suggestion.web;

import org.deputyflow.shared.Page;
import org.deputyflow.suggestion.domain.DepartmentWorkItem;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * One list on a department home: its own page parameter, so that paging one list keeps the others
 * where they are, and the links to its neighbouring pages.
 *
 * @param id the list's stable id in the page (also the prefix of its rows' test hooks)
 * @param claimable whether each row offers the claim button
 */
record DepartmentSection(
        String id,
        String titleKey,
        String emptyKey,
        Page<DepartmentWorkItem> page,
        boolean claimable,
        String previousUrl,
        String nextUrl) {

    static DepartmentSection of(
            String id,
            String titleKey,
            String emptyKey,
            Page<DepartmentWorkItem> page,
            boolean claimable,
            String pageParam,
            UriComponentsBuilder here) {
        String previous = page.page() > 0
                ? here.cloneBuilder()
                        .replaceQueryParam(pageParam, page.page() - 1)
                        .build()
                        .toUriString()
                : null;
        String next = page.page() + 1 < page.totalPages()
                ? here.cloneBuilder()
                        .replaceQueryParam(pageParam, page.page() + 1)
                        .build()
                        .toUriString()
                : null;
        return new DepartmentSection(id, titleKey, emptyKey, page, claimable, previous, next);
    }
}
