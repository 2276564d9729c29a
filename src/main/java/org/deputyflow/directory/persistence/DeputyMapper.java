package org.deputyflow.directory.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.deputyflow.directory.domain.Deputy;
import org.deputyflow.directory.domain.DeputyEntry;
import org.deputyflow.shared.persistence.GeneratedKey;

@Mapper
public interface DeputyMapper {

    long count(@Param("q") String query);

    List<DeputyEntry> search(@Param("q") String query, @Param("offset") long offset, @Param("limit") int limit);

    Optional<DeputyEntry> findById(@Param("id") long id);

    List<Long> findExistingIds(@Param("ids") Collection<Long> ids);

    void insert(@Param("row") Deputy deputy, @Param("key") GeneratedKey key);
}
