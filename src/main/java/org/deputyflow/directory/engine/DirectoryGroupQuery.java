package org.deputyflow.directory.engine;

import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.GroupQueryImpl;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;

/** The engine's group query over roles and departments. */
class DirectoryGroupQuery extends GroupQueryImpl {

    DirectoryGroupQuery() {}

    DirectoryGroupQuery(CommandExecutor commandExecutor) {
        super(commandExecutor);
    }

    @Override
    public long executeCount(CommandContext commandContext) {
        return groups(commandContext).size();
    }

    @Override
    public List<Group> executeList(CommandContext commandContext, Page page) {
        List<Group> groups = groups(commandContext);
        if (page == null) {
            page = new Page(getFirstResult(), getMaxResults());
        }
        int from = Math.min(page.getFirstResult(), groups.size());
        int to = (int) Math.min((long) from + page.getMaxResults(), groups.size());
        return groups.subList(from, to);
    }

    private List<Group> groups(CommandContext commandContext) {
        return DirectoryUserQuery.provider(commandContext)
                .groups(new DirectoryIdentityProvider.GroupCriteria(
                        getId(),
                        getIds() == null ? null : Arrays.asList(getIds()),
                        getName(),
                        getNameLike(),
                        getType(),
                        getUserId(),
                        getTenantId()));
    }
}
