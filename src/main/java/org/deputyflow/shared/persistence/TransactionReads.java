package org.deputyflow.shared.persistence;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Supplier;
import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Rows read once per transaction. One action reads the same suggestion, its assignments and its
 * key-suggestion row several times (the service, then the process listeners and the timers' date
 * expressions); MyBatis' own session cache forgets them at every write in between, even a
 * notification's. Here a read is kept until the transaction ends or until any statement of the
 * mapper it was read through writes: the tables are written through their own mapper only, so a
 * reader in the same transaction always sees the state after the write.
 *
 * <p>Outside a transaction every read goes to the database. A transaction that another suspends
 * gets its reads back when it resumes; the suspending one starts with none.
 */
@Component
@Intercepts(
        @Signature(
                type = Executor.class,
                method = "update",
                args = {MappedStatement.class, Object.class}))
public class TransactionReads implements Interceptor {

    /** Reads of one transaction: by mapper, then by what was read and its key. */
    private static final class Reads {
        final Map<String, Map<Object, Object>> byMapper = new HashMap<>();
    }

    private final Object resourceKey = new Object();

    /**
     * The value this transaction already read with {@code mapper}'s {@code query} for {@code argument},
     * else what {@code read} gives now, kept for the rest of the transaction.
     */
    @SuppressWarnings("unchecked")
    public <T> T once(Class<?> mapper, String query, Object argument, Supplier<T> read) {
        Reads reads = current();
        if (reads == null) {
            return read.get();
        }
        Map<Object, Object> ofMapper = reads.byMapper.computeIfAbsent(mapper.getName(), m -> new HashMap<>());
        List<Object> key = List.of(query, argument);
        if (ofMapper.containsKey(key)) {
            return (T) ofMapper.get(key);
        }
        T value = read.get();
        ofMapper.put(key, value);
        return value;
    }

    /** Keeps a value read otherwise, e.g. under a lock, for the readers after it in this transaction. */
    public void keep(Class<?> mapper, String query, Object argument, Object value) {
        Reads reads = current();
        if (reads != null) {
            reads.byMapper
                    .computeIfAbsent(mapper.getName(), m -> new HashMap<>())
                    .put(List.of(query, argument), value);
        }
    }

    @Override
    public Object intercept(Invocation invocation) throws Throwable {
        MappedStatement statement = (MappedStatement) invocation.getArgs()[0];
        Reads reads = (Reads) TransactionSynchronizationManager.getResource(resourceKey);
        if (reads != null) {
            reads.byMapper.remove(namespaceOf(statement.getId()));
        }
        return invocation.proceed();
    }

    @Override
    public void setProperties(Properties properties) {
        // nothing to configure
    }

    private Reads current() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        Reads reads = (Reads) TransactionSynchronizationManager.getResource(resourceKey);
        if (reads == null) {
            Reads created = new Reads();
            TransactionSynchronizationManager.bindResource(resourceKey, created);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void suspend() {
                    TransactionSynchronizationManager.unbindResourceIfPossible(resourceKey);
                }

                @Override
                public void resume() {
                    TransactionSynchronizationManager.bindResource(resourceKey, created);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(resourceKey);
                }
            });
            reads = created;
        }
        return reads;
    }

    private static String namespaceOf(String statementId) {
        int dot = statementId.lastIndexOf('.');
        return dot < 0 ? statementId : statementId.substring(0, dot);
    }
}
