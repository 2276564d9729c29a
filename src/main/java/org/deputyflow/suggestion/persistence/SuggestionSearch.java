package org.deputyflow.suggestion.persistence;

import org.deputyflow.suggestion.domain.SuggestionStatus;

/**
 * A list query and the caller's scope: a deputy sees what they signed (and what that was merged
 * into), a department what is assigned to it; staff and council see all (both scope fields null).
 */
public record SuggestionSearch(
        SuggestionStatus status, Long departmentId, String q, Long scopeDeputyId, Long scopeDepartmentId) {}
