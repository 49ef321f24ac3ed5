package vn.sgddt.kehoach.incident.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.sgddt.kehoach.incident.Incident;
import vn.sgddt.kehoach.incident.IncidentService;

@RestController
@RequestMapping("/api/incidents")
@Tag(name = "Sự cố", description = "Failed background steps of the processes, for the administrator")
class IncidentController {

    private final IncidentService incidents;

    IncidentController(IncidentService incidents) {
        this.incidents = incidents;
    }

    @GetMapping
    @Operation(summary = "The open incidents, newest first")
    List<Incident> open() {
        return incidents.open();
    }

    @PostMapping("/{id}/retry")
    @Operation(summary = "Run the failed step again")
    Incident retry(@PathVariable String id) {
        return incidents.retry(id);
    }
}
