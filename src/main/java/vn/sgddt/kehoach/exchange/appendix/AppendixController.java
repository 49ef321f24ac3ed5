package vn.sgddt.kehoach.exchange.appendix;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/appendix")
@Tag(name = "Phụ lục", description = "Reading a task-assignment appendix from Word, Excel, CSV or pasted text")
class AppendixController {

    private final AppendixImportService imports;

    AppendixController(AppendixImportService imports) {
        this.imports = imports;
    }

    record AliasRequest(String written, String unit) {
    }

    record AliasJson(String written, String unit) {
    }

    @PostMapping(path = "/parse", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Read the appendix of a .docx, .xlsx, .csv or .tsv file; nothing is stored")
    ParseResult parseFile(@RequestPart("file") MultipartFile file) throws IOException {
        return imports.parseFile(file.getOriginalFilename(), file.getBytes());
    }

    @PostMapping(path = "/parse", consumes = {MediaType.TEXT_PLAIN_VALUE, "text/tab-separated-values", "text/csv"})
    @Operation(summary = "Read an appendix pasted from Word or Excel (tab-separated) or CSV text; nothing is stored")
    ParseResult parseText(@RequestBody byte[] text, @RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType type) {
        // as bytes, so that text which is not in its declared charset is refused rather than read with
        // replacement characters
        return imports.parseText(text, type.getCharset());
    }

    @GetMapping("/aliases")
    List<AliasJson> aliases() {
        return imports.aliases().stream().map(a -> new AliasJson(a.getOriginal(), a.getUnitCode())).toList();
    }

    @PostMapping("/aliases")
    @Operation(summary = "Always read a written form as a unit (administrator)")
    List<AliasJson> addAlias(@RequestBody AliasRequest request) {
        imports.addAlias(request.written(), request.unit());
        return aliases();
    }
}
