package org.deputyflow.vote.web;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.deputyflow.directory.DirectoryService;
import org.deputyflow.directory.domain.Department;
import org.springframework.stereotype.Component;

/** The names of the departments a page or response shows, read in one query for the whole page. */
@Component
class DepartmentNames {

    private final DirectoryService directory;

    DepartmentNames(DirectoryService directory) {
        this.directory = directory;
    }

    String of(long departmentId) {
        return directory.department(departmentId).name();
    }

    Map<Long, String> of(Collection<Long> ids) {
        return directory.departmentsByIds(ids.stream().distinct().toList()).stream()
                .collect(Collectors.toMap(Department::id, Department::name, (a, b) -> a));
    }
}
