package org.deputyflow.suggestion.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.deputyflow.shared.BadRequestException;

/** The co-signers (附议代表) a lead deputy names: at most 50, each once, never oneself. */
public final class CoSigners {

    public static final int MAX = 50;

    private CoSigners() {}

    public static List<Long> validate(long leadDeputyId, List<Long> coSignerIds) {
        if (coSignerIds == null || coSignerIds.isEmpty()) {
            return List.of();
        }
        if (coSignerIds.size() > MAX) {
            throw new BadRequestException("coSignerIds", "error.suggestion.coSigners.tooMany", MAX);
        }
        Set<Long> seen = new HashSet<>();
        for (Long id : coSignerIds) {
            if (id == null) {
                throw new BadRequestException("coSignerIds", "error.suggestion.coSigners.idRequired");
            }
            if (id == leadDeputyId) {
                throw new BadRequestException("coSignerIds", "error.suggestion.coSigners.leadDeputy");
            }
            if (!seen.add(id)) {
                throw new BadRequestException(
                        "coSignerIds", "error.suggestion.coSigners.duplicate", String.valueOf(id));
            }
        }
        return List.copyOf(coSignerIds);
    }
}
