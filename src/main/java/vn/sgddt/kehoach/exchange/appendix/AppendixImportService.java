package vn.sgddt.kehoach.exchange.appendix;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.IOUtils;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.sgddt.kehoach.audit.AuditTrail;
import vn.sgddt.kehoach.base.InvalidInputException;
import vn.sgddt.kehoach.base.PlainText;
import vn.sgddt.kehoach.base.Violation;
import vn.sgddt.kehoach.directory.CurrentOfficial;
import vn.sgddt.kehoach.directory.DirectoryService;
import vn.sgddt.kehoach.directory.Official;
import vn.sgddt.kehoach.plan.Plan;

/**
 * Reads the task-assignment appendix from what offices already have: a .docx (every table; the assignment table is
 * found by its header), an .xlsx (any sheet), .csv/.tsv, or text pasted from Word or Excel. Nothing is stored by
 * reading; the user checks the preview and applies it to the plan.
 */
@Service
@Transactional(readOnly = true)
public class AppendixImportService {

    static {
        // POI's zip-bomb guard: refuse entries that inflate more than 100 times or beyond 100 MB
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(100L * 1024 * 1024);
        IOUtils.setByteArrayMaxOverride(200 * 1024 * 1024);
    }

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    private static final int FILE_NAME_MAX_LENGTH = 255;
    private static final int UNIT_CODE_MAX_LENGTH = 20;

    private final DirectoryService directory;
    private final UnitAliasRepository aliases;
    private final CurrentOfficial currentOfficial;
    private final MessageSource messages;
    private final Clock clock;
    private final long maxBytes;
    private final AuditTrail audit;

    AppendixImportService(DirectoryService directory, UnitAliasRepository aliases, CurrentOfficial currentOfficial,
            MessageSource messages, Clock clock,
            @Value("${kehoach.import.max-bytes:10485760}") long maxBytes, AuditTrail audit) {
        this.directory = directory;
        this.aliases = aliases;
        this.currentOfficial = currentOfficial;
        this.messages = messages;
        this.clock = clock;
        this.maxBytes = maxBytes;
        this.audit = audit;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Reads a file by its name (.docx, .xlsx, .csv, .tsv, .txt); its content must be what the name says. */
    public ParseResult parseFile(String fileName, byte[] data) {
        // the name is echoed in the messages and the preview: a name, not a path or markup
        List<Violation> badName = new ArrayList<>();
        PlainText.checkFileName("file", fileName, FILE_NAME_MAX_LENGTH, badName);
        if (!badName.isEmpty()) {
            throw new InvalidInputException(badName);
        }
        if (data == null || data.length == 0) {
            throw new AppendixReadException("appendix.emptyFile");
        }
        if (data.length > maxBytes) {
            throw new AppendixReadException("appendix.tooLarge", maxBytes / 1024 / 1024);
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".docx") || name.endsWith(".xlsx")) {
                if (startsWith(data, OLE2)) {
                    throw new AppendixReadException("appendix.encryptedOrOld");
                }
                if (!startsWith(data, ZIP)) {
                    throw new AppendixReadException("appendix.notWhatItSays", fileName);
                }
                String part = name.endsWith(".docx") ? "word/document.xml" : "xl/workbook.xml";
                if (!hasEntry(data, part)) {
                    throw new AppendixReadException("appendix.notWhatItSays", fileName);
                }
                List<SourceTable> tables = name.endsWith(".docx") ? DocxTables.read(new ByteArrayInputStream(data))
                        : XlsxTables.read(new ByteArrayInputStream(data), Plan.APPENDIX_MAX_ROWS);
                return interpreter().interpret(tables);
            }
            if (name.endsWith(".csv") || name.endsWith(".tsv") || name.endsWith(".txt")) {
                if (startsWith(data, ZIP) || startsWith(data, OLE2) || hasBinaryBytes(data)) {
                    throw new AppendixReadException("appendix.notWhatItSays", fileName);
                }
                return parseDecoded(decode(data));
            }
            if (name.endsWith(".doc") || name.endsWith(".xls")) {
                throw new AppendixReadException("appendix.oldFormat");
            }
            throw new AppendixReadException("appendix.unsupported", fileName);
        } catch (EncryptedDocumentException e) {
            throw new AppendixReadException("appendix.encryptedOrOld");
        } catch (IOException | POIXMLException | IllegalStateException | IllegalArgumentException e) {
            if (e.getMessage() != null && e.getMessage().contains("Zip bomb")) {
                throw new AppendixReadException("appendix.zipBomb");
            }
            throw new AppendixReadException("appendix.unreadable", fileName);
        }
    }

    /**
     * Reads text sent as bytes: in the charset it declares, strictly (bytes that are not valid in it are refused,
     * not replaced), or without a declared charset as a file is read.
     */
    public ParseResult parseText(byte[] data, Charset declared) {
        if (data == null || data.length == 0) {
            throw new AppendixReadException("appendix.emptyFile");
        }
        if (data.length > maxBytes) {
            throw new AppendixReadException("appendix.tooLarge", maxBytes / 1024 / 1024);
        }
        if (declared == null) {
            return parseDecoded(decode(data));
        }
        try {
            return parseText(declared.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(data)).toString());
        } catch (CharacterCodingException e) {
            throw new AppendixReadException("appendix.badEncoding", declared.name());
        }
    }

    /** Reads text pasted from Word or Excel (tab-separated), or a CSV. */
    public ParseResult parseText(String text) {
        if (text == null || text.isBlank()) {
            throw new AppendixReadException("appendix.emptyFile");
        }
        if (text.length() > maxBytes) {
            throw new AppendixReadException("appendix.tooLarge", maxBytes / 1024 / 1024);
        }
        // text has tabs and line breaks (Word's manual ones and page breaks too); any other control character
        // means a binary file, or UTF-16 read as bytes
        if (text.chars().anyMatch(c -> Character.getType(c) == Character.CONTROL
                && "\t\n\r\u000B\f".indexOf(c) < 0)) {
            throw new AppendixReadException("appendix.controlCharacters");
        }
        return interpreter().interpret(List.of(DelimitedTables.read(VietText.nfc(text), "text")));
    }

    /** A table read from text that was not UTF-8 and has no header is most likely in an encoding of the 1990s. */
    private ParseResult parseDecoded(Decoded text) {
        try {
            return parseText(text.text());
        } catch (AppendixReadException e) {
            if (text.legacy() && e.violations().get(0).messageKey().equals("appendix.noTable")) {
                throw new AppendixReadException("appendix.legacyEncoding");
            }
            throw e;
        }
    }

    /** "Always read 'Phòng GDTrH' as GDTrH". */
    @Transactional
    @PreAuthorize("hasRole('QUAN_TRI')")
    public void addAlias(String written, String unitCode) {
        if (written == null || written.isBlank() || VietText.compact(written).isEmpty()) {
            throw new InvalidInputException(new Violation("written", "validation.required"));
        }
        String original = VietText.clean(PlainText.line(written));
        List<Violation> violations = new ArrayList<>();
        PlainText.checkLine("written", original, UnitAlias.WRITTEN_MAX_LENGTH, violations);
        PlainText.checkLine("unit", unitCode, UNIT_CODE_MAX_LENGTH, violations);
        if (violations.isEmpty() && directory.unit(unitCode).isEmpty()) {
            violations.add(new Violation("unit", "validation.unit.unknown", unitCode));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Official me = currentOfficial.require();
        Optional<UnitAlias> known = aliases.findByAlias(VietText.compact(original));
        known.ifPresentOrElse(a -> a.setUnitCode(unitCode),
                () -> aliases.save(new UnitAlias(original, unitCode, me.getUsername(), clock.instant())));
        audit.record(me.getUsername(), me.getFullName(), known.isPresent() ? "UNIT_ALIAS_UPDATE" : "UNIT_ALIAS_CREATE",
                "UNIT_ALIAS", VietText.compact(original), original + " → " + unitCode);
    }

    public List<UnitAlias> aliases() {
        return aliases.findAll();
    }

    private TableInterpreter interpreter() {
        Map<String, String> known = new HashMap<>();
        aliases.findAll().forEach(a -> known.put(a.getAlias(), a.getUnitCode()));
        return new TableInterpreter(new UnitResolver(directory.units(), known), messages, Plan.APPENDIX_MAX_ROWS);
    }

    /** Text decoded from a file, and whether it was read in the Windows code page because it was not UTF-8. */
    private record Decoded(String text, boolean legacy) {
    }

    /** UTF-8 (with or without BOM), or else the Vietnamese Windows code page that older tools write. */
    private static Decoded decode(byte[] data) {
        try {
            return new Decoded(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(data)).toString(), false);
        } catch (CharacterCodingException notUtf8) {
            boolean utf16 = data.length >= 2 && ((data[0] == (byte) 0xFF && data[1] == (byte) 0xFE)
                    || (data[0] == (byte) 0xFE && data[1] == (byte) 0xFF));
            return utf16 ? new Decoded(new String(data, StandardCharsets.UTF_16), false)
                    : new Decoded(new String(data, Charset.forName("windows-1258")), true);
        }
    }

    private static boolean startsWith(byte[] data, byte[] magic) {
        if (data.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (data[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasBinaryBytes(byte[] data) {
        int n = Math.min(data.length, 8192);
        boolean utf16 = n >= 2 && ((data[0] == (byte) 0xFF && data[1] == (byte) 0xFE)
                || (data[0] == (byte) 0xFE && data[1] == (byte) 0xFF));
        if (utf16) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (data[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasEntry(byte[] data, String entryName) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(data))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null;) {
                if (e.getName().equals(entryName)) {
                    return true;
                }
            }
        } catch (java.util.zip.ZipException broken) {
            return false;
        }
        return false;
    }
}
