package org.deputyflow.shared.persistence;

/**
 * Receives the key the database generated for an inserted row, so that the row itself can
 * stay an immutable record: {@code keyProperty="key.value"} in the mapper XML.
 */
public final class GeneratedKey {

    private Long value;

    public Long getValue() {
        return value;
    }

    public void setValue(Long value) {
        this.value = value;
    }

    public long value() {
        if (value == null) {
            throw new IllegalStateException("the insert generated no key");
        }
        return value;
    }
}
