package org.deputyflow.suggestion.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.deputyflow.shared.BadRequestException;

/** The co-signers (附议代表) a lead deputy names: at most 50, each once, never oneself. */
public final class CoSigners {

    public static final int MAX = 50;

    private CoSigners() {
    }

    public static List<Long> validate(long leadDeputyId, List<Long> coSignerIds) {
        if (coSignerIds == null || coSignerIds.isEmpty()) {
            return List.of();
        }
        if (coSignerIds.size() > MAX) {
            throw new BadRequestException("coSignerIds", "附议代表不能超过 " + MAX + " 人");
        }
        Set<Long> seen = new HashSet<>();
        for (Long id : coSignerIds) {
            if (id == null) {
                throw new BadRequestException("coSignerIds", "附议代表的编号不能为空");
            }
            if (id == leadDeputyId) {
                throw new BadRequestException("coSignerIds", "领衔代表不能同时作为附议代表");
            }
            if (!seen.add(id)) {
                throw new BadRequestException("coSignerIds", "附议代表重复：" + id);
            }
        }
        return List.copyOf(coSignerIds);
    }
}
