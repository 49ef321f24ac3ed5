package vn.sgddt.kehoach.exchange.publishing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.sgddt.kehoach.plan.PlanPublications;
import vn.sgddt.kehoach.plan.PlanPublications.DocumentFile;
import vn.sgddt.kehoach.plan.PlanPublications.Format;
import vn.sgddt.kehoach.plan.PlanPublications.SignatureCheck;

@RestController
@RequestMapping("/api/plans/{id}")
@Tag(name = "Kế hoạch", description = "Plans: drafting, submission and reading")
class PlanDocumentController {

    private final PlanPublications files;

    PlanDocumentController(PlanPublications files) {
        this.files = files;
    }

    @GetMapping("/document.docx")
    @Operation(summary = "The plan as Word (NĐ 30/2020 layout); a draft is marked as such")
    ResponseEntity<byte[]> docx(@PathVariable long id) {
        return download(files.document(id, Format.DOCX));
    }

    @GetMapping("/document.pdf")
    @Operation(summary = "The plan as PDF: a marked draft before signing, then the stored signed (and sealed) PDF")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        return download(files.document(id, Format.PDF));
    }

    @GetMapping("/signatures")
    @Operation(summary = "The digital signatures of the plan's PDF, verified now; empty before signing")
    List<SignatureCheck> signatures(@PathVariable long id) {
        return files.signatures(id);
    }

    private static ResponseEntity<byte[]> download(DocumentFile file) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.fileName()).build().toString())
                .body(file.bytes());
    }
}
