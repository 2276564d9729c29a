package org.deputyflow.vote.persistence;

import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * MyBatis logs a statement with its parameters under the mapper's name at DEBUG. For a ballot that
 * would put the member's id and the time they voted on one line and each batch of counts on another,
 * on the same thread: the log would keep what the database's own log is kept from knowing, so ballots
 * are refused while it is on.
 */
public final class BallotStatements {

    private static final List<String> LOGGERS =
            List.of(ElectorMapper.class.getName() + ".markVoted", TallyMapper.class.getName() + ".add");

    private BallotStatements() {}

    public static boolean areLogged() {
        return LOGGERS.stream().anyMatch(name -> LoggerFactory.getLogger(name).isDebugEnabled());
    }
}
