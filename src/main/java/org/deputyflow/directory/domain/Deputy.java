package org.deputyflow.directory.domain;

import java.util.Objects;

/** A deputy (代表) of the congress, with the delegation (代表团) they belong to. */
public record Deputy(Long id, String name, String delegation, String phone, String term, boolean active) {

    public Deputy {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(delegation, "delegation");
        Objects.requireNonNull(term, "term");
    }
}
