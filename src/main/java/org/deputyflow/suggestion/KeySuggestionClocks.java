package org.deputyflow.suggestion;

import org.deputyflow.suggestion.process.ClockAlarms;
import org.deputyflow.suggestion.process.SuggestionEngine;
import org.deputyflow.suggestion.process.SuggestionProcess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clocks of a suggestion the council has just designated key (重点建议): the departments at
 * work get their half-time reminder, if half time is still ahead. Called by the module that keeps
 * the designation, in its transaction, after the designation is stored.
 */
@Service
public class KeySuggestionClocks {

    private final SuggestionEngine engine;
    private final ClockAlarms alarms;

    KeySuggestionClocks(SuggestionEngine engine, ClockAlarms alarms) {
        this.engine = engine;
        this.alarms = alarms;
    }

    @Transactional
    public void designated(long suggestionId) {
        engine.rescheduleDepartmentTimer(suggestionId, SuggestionProcess.TIMER_KEY_HALF_TIME, alarms::halfTime);
    }
}
