package org.deputyflow.suggestion;

import java.util.List;
import org.deputyflow.suggestion.domain.Assignment;
import org.deputyflow.suggestion.domain.CoUnitOpinion;
import org.deputyflow.suggestion.domain.ContactRecord;
import org.deputyflow.suggestion.domain.Dispute;
import org.deputyflow.suggestion.domain.Evaluation;
import org.deputyflow.suggestion.domain.ExtensionRequest;
import org.deputyflow.suggestion.domain.FollowUp;
import org.deputyflow.suggestion.domain.FollowUpClock;
import org.deputyflow.suggestion.domain.Reply;
import org.deputyflow.suggestion.domain.Signer;
import org.deputyflow.suggestion.domain.Suggestion;
import org.deputyflow.suggestion.domain.TimelineEntry;
import org.deputyflow.suggestion.domain.Urge;

/**
 * Everything about one suggestion that the caller may see; what they may not is already left out:
 * the confidential evaluation note, and what concerns one department (its disputes, drafts,
 * sent-back replies, urges, the reason of its extension request) for every reader but that
 * department, staff, council and admins. The timeline is filtered by the same rule: a line the
 * reader may not read is left out, a comment they may not read is blanked.
 *
 * @param allowedActions the {@link org.deputyflow.suggestion.domain.SuggestionAction}s the caller may take
 *     now, as {@link org.deputyflow.suggestion.domain.SuggestionPolicy} decides them
 */
public record SuggestionDossier(
        Suggestion suggestion,
        String submitterName,
        String submitterPhone,
        String mergedIntoNumber,
        List<Signer> signers,
        List<Assignment> assignments,
        List<Dispute> disputes,
        List<ContactRecord> contacts,
        List<CoUnitOpinion> opinions,
        List<Reply> replies,
        List<Evaluation> evaluations,
        List<FollowUp> followUps,
        List<FollowUpClock> followUpClocks,
        List<ExtensionRequest> extensions,
        List<Urge> urges,
        List<TimelineEntry> timeline,
        List<String> activeSteps,
        List<String> allowedActions) {}
