package org.deputyflow.audit.persistence;

/** The end of the chain: the last row's id and hash. */
public record ChainHead(long lastId, String lastHash) {}
