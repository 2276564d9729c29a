package org.deputyflow.suggestion.persistence;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.deputyflow.suggestion.domain.DepartmentWorkItem;

/** A department's work lists, selected, sorted by due date and paged in the database. */
@Mapper
public interface DepartmentWorkMapper {

    long count(@Param("q") DepartmentWorkSearch search);

    List<DepartmentWorkItem> search(
            @Param("q") DepartmentWorkSearch search, @Param("offset") long offset, @Param("limit") int limit);
}
