package org.deputyflow.vote.domain;

import org.deputyflow.shared.Text;

/**
 * An outcome and the rule that produced it: the base it was measured against, the smallest counts
 * that would have reached each grade, and the reasoning in words of the message bundles.
 */
public record Decision(
        Outcome outcome, TallyRule rule, int baseSize, long satisfiedNeeded, long acceptableNeeded, Text explanation) {}
