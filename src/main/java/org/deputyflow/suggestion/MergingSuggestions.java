package org.deputyflow.suggestion;

import java.util.Set;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.shared.BadRequestException;
import org.deputyflow.shared.ConflictException;
import org.deputyflow.suggestion.domain.Suggestion;
import org.deputyflow.suggestion.domain.SuggestionAction;
import org.deputyflow.suggestion.domain.SuggestionStatus;
import org.deputyflow.suggestion.domain.TimelineAction;
import org.deputyflow.suggestion.persistence.SuggestionMapper;
import org.deputyflow.suggestion.process.SuggestionEngine;
import org.deputyflow.suggestion.process.SuggestionProcess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Committee staff merge a suggestion into another on the same matter (并案). */
@Service
@Transactional
public class MergingSuggestions {

    private static final Set<SuggestionStatus> MERGE_TARGET_ENDED = Set.of(
            SuggestionStatus.AWAITING_COSIGNERS,
            SuggestionStatus.WITHDRAWN,
            SuggestionStatus.MERGED,
            SuggestionStatus.CONVERTED_TO_LETTER,
            SuggestionStatus.CLOSED);

    private final SuggestionMapper suggestions;
    private final SuggestionAccess access;
    private final SuggestionEngine engine;
    private final Timeline timeline;
    private final TimelineWords words;
    private final SuggestionPolicies policies;

    MergingSuggestions(
            SuggestionMapper suggestions,
            SuggestionAccess access,
            SuggestionEngine engine,
            Timeline timeline,
            TimelineWords words,
            SuggestionPolicies policies) {
        this.suggestions = suggestions;
        this.access = access;
        this.engine = engine;
        this.timeline = timeline;
        this.words = words;
        this.policies = policies;
    }

    /** Merges a suggestion into another on the same matter: handled together, every deputy told. */
    public void merge(CurrentUser user, long id, Long intoId) {
        if (intoId == null) {
            throw new BadRequestException("intoId", "error.suggestion.merge.targetRequired");
        }
        if (intoId == id) {
            throw new BadRequestException("intoId", "error.suggestion.merge.self");
        }
        // asked of the source first: a reader who may not merge is told so, not that the target is unknown to them
        policies.require(user, access.visible(user, id), SuggestionAction.MERGE);
        // lock in id order so that two opposite merges cannot deadlock
        Suggestion first = access.lockVisible(user, Math.min(id, intoId));
        Suggestion second = access.lockVisible(user, Math.max(id, intoId));
        Suggestion source = first.id() == id ? first : second;
        Suggestion target = first.id() == id ? second : first;
        policies.require(user, source, SuggestionAction.MERGE);
        if (MERGE_TARGET_ENDED.contains(target.status())) {
            throw new ConflictException("error.suggestion.merge.targetClosed", target.number());
        }
        suggestions.markMerged(id, intoId);
        engine.correlate(SuggestionProcess.MESSAGE_MERGED, id);
        timeline.record(
                id, user, TimelineAction.MERGED, words.line("text.suggestion.line.mergedInto", target.number()));
        timeline.record(
                intoId, user, TimelineAction.MERGED, words.line("text.suggestion.line.mergedHere", source.number()));
    }
}
