package org.deputyflow.directory.persistence;

import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.deputyflow.directory.domain.Department;
import org.deputyflow.shared.persistence.GeneratedKey;

@Mapper
public interface DepartmentMapper {

    long count(@Param("activeOnly") boolean activeOnly);

    List<Department> search(
            @Param("activeOnly") boolean activeOnly, @Param("offset") long offset, @Param("limit") int limit);

    Optional<Department> findById(@Param("id") long id);

    Optional<Department> findByCode(@Param("code") String code);

    List<Department> findByIds(@Param("ids") java.util.Collection<Long> ids);

    void insert(@Param("row") Department department, @Param("key") GeneratedKey key);

    int update(@Param("row") Department department);

    int updateActive(@Param("id") long id, @Param("active") boolean active);
}
