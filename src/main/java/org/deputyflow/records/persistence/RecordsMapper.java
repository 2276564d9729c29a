package org.deputyflow.records.persistence;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface RecordsMapper {

    long count(@Param("q") RecordsQuery query);

    /** In the query's order, then by name and deputy id. */
    List<RecordRow> search(@Param("q") RecordsQuery query, @Param("offset") long offset, @Param("limit") int limit);

    /** Every delegation (代表团) that has a deputy, for the filter. */
    List<String> delegations();
}
