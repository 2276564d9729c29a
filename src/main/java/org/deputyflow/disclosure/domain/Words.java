package org.deputyflow.disclosure.domain;

/**
 * Sentences of the message bundles in one language, for the documents the domain writes (a disclosure as
 * CSV, the frozen lines of a snapshot): a code and its arguments give the text.
 */
@FunctionalInterface
public interface Words {

    String get(String code, Object... arguments);
}
