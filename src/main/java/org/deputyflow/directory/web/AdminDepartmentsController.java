package org.deputyflow.directory.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import java.util.function.Supplier;
import org.deputyflow.directory.DirectoryService;
import org.deputyflow.directory.ManagingDepartments;
import org.deputyflow.directory.domain.Department;
import org.deputyflow.directory.domain.DepartmentKind;
import org.deputyflow.shared.PageRequest;
import org.deputyflow.shared.web.FormPosts;
import org.deputyflow.shared.web.FormText;
import org.deputyflow.shared.web.PageController;
import org.deputyflow.shared.web.PageMessages;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Departments for admins: the list with inactive ones, and one form to create or change one. */
@PageController
@PreAuthorize("hasRole('ADMIN')")
class AdminDepartmentsController {

    private static final Set<String> FORM_FIELDS = Set.of("code", "name", "kind", "active");

    private final DirectoryService directory;
    private final ManagingDepartments managingDepartments;
    private final PageMessages messages;

    AdminDepartmentsController(
            DirectoryService directory, ManagingDepartments managingDepartments, PageMessages messages) {
        this.directory = directory;
        this.managingDepartments = managingDepartments;
        this.messages = messages;
    }

    @InitBinder("departmentForm")
    void initBinder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping("/admin/departments")
    String list(@RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("departments", directory.departments(false, PageRequest.of(page, null)));
        return "admin/departments";
    }

    @GetMapping("/admin/departments/new")
    String initCreate(Model model) {
        return form(model, DepartmentForm.empty(), null);
    }

    @PostMapping("/admin/departments/new")
    String processCreate(
            @ModelAttribute("departmentForm") DepartmentForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        form.check(result);
        Supplier<String> create = () -> {
            long id = managingDepartments.createDepartment(
                    form.code(), form.name(), form.departmentKind(), form.isActive());
            redirect.addFlashAttribute("flash", messages.get("admin.department.created", form.name()));
            return "redirect:/admin/departments/" + id;
        };
        return FormPosts.save(result, FORM_FIELDS, null, response, create, () -> form(model, form, null));
    }

    @GetMapping("/admin/departments/{id}")
    String initUpdate(@PathVariable long id, Model model) {
        Department department = directory.department(id);
        return form(model, DepartmentForm.of(department), department);
    }

    @PostMapping("/admin/departments/{id}")
    String processUpdate(
            @PathVariable long id,
            @ModelAttribute("departmentForm") DepartmentForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Department department = directory.department(id);
        form.check(result);
        Supplier<String> update = () -> {
            managingDepartments.updateDepartment(id, form.name(), form.departmentKind(), form.isActive());
            redirect.addFlashAttribute("flash", messages.get("admin.department.saved", form.name()));
            return "redirect:/admin/departments/" + id;
        };
        return FormPosts.save(result, FORM_FIELDS, null, response, update, () -> form(model, form, department));
    }

    @PostMapping("/admin/departments/{id}/deactivation")
    String deactivate(@PathVariable long id, RedirectAttributes redirect) {
        Department department = directory.department(id);
        managingDepartments.setDepartmentActive(id, false);
        redirect.addFlashAttribute("flash", messages.get("admin.department.deactivated", department.name()));
        return "redirect:/admin/departments";
    }

    private String form(Model model, DepartmentForm form, Department department) {
        model.addAttribute("departmentForm", form);
        model.addAttribute("department", department);
        model.addAttribute("kinds", DepartmentKind.values());
        return "admin/department-form";
    }

    /**
     * What the department form posts, bound by its constructor; the code is only read when a department is
     * created (the edit page shows the department's own). The kind is text and a ticked box posts "true", so that
     * a value of the wrong kind is an error next to its field, not a form that could not be built.
     */
    public record DepartmentForm(String code, String name, String kind, String active) {

        /** A new department is an active government department unless the admin says otherwise. */
        static DepartmentForm empty() {
            return new DepartmentForm(null, null, DepartmentKind.GOVERNMENT.name(), "true");
        }

        static DepartmentForm of(Department department) {
            return new DepartmentForm(
                    department.code(),
                    department.name(),
                    department.kind().name(),
                    String.valueOf(department.active()));
        }

        void check(BindingResult result) {
            if (FormText.unreadable(kind, departmentKind())) {
                result.rejectValue("kind", "typeMismatch");
            }
        }

        DepartmentKind departmentKind() {
            return FormText.enumOf(DepartmentKind.class, kind);
        }

        boolean isActive() {
            return "true".equals(active);
        }
    }
}
