package org.deputyflow.motion.domain;

import java.time.Instant;
import org.deputyflow.suggestion.domain.SignerAnswer;

public record MotionSigner(
        long motionId, long deputyId, String name, boolean lead, SignerAnswer answer, Instant answeredAt) {}
