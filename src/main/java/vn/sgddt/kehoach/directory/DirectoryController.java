package vn.sgddt.kehoach.directory;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api")
@Tag(name = "Danh mục", description = "Who the caller is, and the units of the agency")
class DirectoryController {

    private final DirectoryService directory;
    private final CurrentOfficial currentOfficial;

    DirectoryController(DirectoryService directory, CurrentOfficial currentOfficial) {
        this.directory = directory;
        this.currentOfficial = currentOfficial;
    }

    record Me(String username, String fullName, String position, String unit, Set<Role> roles, List<String> groups) {
    }

    record UnitJson(String code, String name, UnitKind kind, String head, String deputyInCharge) {
    }

    @GetMapping("/me")
    Me me() {
        Official me = currentOfficial.require();
        return new Me(me.getUsername(), me.getFullName(), me.getPosition(), me.getUnitCode(), me.getRoles(),
                directory.groupsOf(me));
    }

    @GetMapping("/units")
    List<UnitJson> units() {
        return directory.units().stream().map(u -> new UnitJson(u.getCode(), u.getName(), u.getKind(),
                u.getHeadUsername(), u.getDeputyUsername())).toList();
    }
}
