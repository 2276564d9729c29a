package org.deputyflow.directory.engine;

import java.util.List;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.identity.UserQuery;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.UserQueryImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;

/** The engine's user query, answered from the directory with paging in the database. */
class DirectoryUserQuery extends UserQueryImpl {

    DirectoryUserQuery() {}

    DirectoryUserQuery(CommandExecutor commandExecutor) {
        super(commandExecutor);
    }

    @Override
    public long executeCount(CommandContext commandContext) {
        return provider(commandContext).countUsers(this);
    }

    @Override
    public List<User> executeList(CommandContext commandContext, Page page) {
        // the engine passes paging in the query itself (listPage) unless a caller hands a page
        return provider(commandContext)
                .findUsers(this, page != null ? page : new Page(getFirstResult(), getMaxResults()));
    }

    @Override
    public UserQuery desc() {
        // users always come in login order
        return this;
    }

    static DirectoryIdentityProvider provider(CommandContext commandContext) {
        return (DirectoryIdentityProvider) commandContext.getReadOnlyIdentityProvider();
    }
}
