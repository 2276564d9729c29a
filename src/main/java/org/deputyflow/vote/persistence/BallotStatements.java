package org.deputyflow.vote.persistence;

import java.util.List;

import org.slf4j.LoggerFactory;

/**
 * MyBatis logs a statement with its parameters under the mapper's name at DEBUG. For the two
 * statements of a ballot that would put the member's id and the raised counter on adjacent lines
 * of the same thread, which is exactly the link the ballot's storage avoids.
 */
public final class BallotStatements {

    private static final List<String> LOGGERS = List.of(
            ElectorMapper.class.getName() + ".markVoted",
            TallyMapper.class.getName() + ".add");

    private BallotStatements() {
    }

    public static boolean areLogged() {
        return LOGGERS.stream().anyMatch(name -> LoggerFactory.getLogger(name).isDebugEnabled());
    }
}
