package org.deputyflow.suggestion;

import org.deputyflow.directory.CurrentUser;
import org.deputyflow.suggestion.process.SuggestionProcessView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The process diagram of a suggestion with its current step, for whoever may see the suggestion. */
@Service
@Transactional(readOnly = true)
public class SuggestionDiagrams {

    private final SuggestionAccess access;
    private final SuggestionProcessView process;

    SuggestionDiagrams(SuggestionAccess access, SuggestionProcessView process) {
        this.access = access;
        this.process = process;
    }

    public SuggestionProcessView.Diagram diagram(CurrentUser user, long id) {
        access.visible(user, id);
        return process.diagram(id);
    }
}
