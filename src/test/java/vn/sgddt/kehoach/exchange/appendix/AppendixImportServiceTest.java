package vn.sgddt.kehoach.exchange.appendix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import vn.sgddt.kehoach.directory.DirectoryService;
import vn.sgddt.kehoach.support.IntegrationTest;
import vn.sgddt.kehoach.support.SignedIn;

/** Reading files through the service and the API: what each kind of bad file gets, and that nothing is stored. */
@IntegrationTest
class AppendixImportServiceTest {

    private static final String TABLE = "STT\tNội dung\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời hạn\n"
            + "1\tKế hoạch tuyển sinh\tPhòng GDTrH\tPhòng KH-TC\t30/6/2026\n";

    @Autowired
    AppendixImportService imports;
    @Autowired
    DirectoryService directory;
    @Autowired
    WebApplicationContext context;

    /** Built on the shared context: @AutoConfigureMockMvc would start a second application for this class. */
    private MockMvc mvc;
    @Autowired
    UnitAliasRepository aliases;

    @BeforeEach
    void buildMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    @AfterEach
    void signOut() {
        SignedIn.clear();
    }

    static byte[] docx(String... rows) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFTable t = doc.createTable(rows.length, rows[0].split("\t").length);
            for (int r = 0; r < rows.length; r++) {
                String[] cells = rows[r].split("\t", -1);
                for (int c = 0; c < cells.length; c++) {
                    t.getRow(r).getCell(c).setText(cells[c]);
                }
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static String key(Throwable e) {
        return ((AppendixReadException) e).violations().get(0).messageKey();
    }

    @Test
    void a_docx_is_read_and_parsing_stores_nothing() throws Exception {
        long aliasesBefore = aliases.count();
        ParseResult r = imports.parseFile("phu-luc.docx", docx("STT\tNội dung\tĐơn vị chủ trì\tThời hạn",
                "1\tKế hoạch tuyển sinh\tPhòng GDTrH\tQuý III/2026"));
        assertThat(r.rows()).singleElement().satisfies(row -> {
            assertThat(row.leadUnit()).isEqualTo("GDTrH");
            assertThat(row.deadline()).hasToString("2026-09-30");
        });
        assertThat(aliases.count()).isEqualTo(aliasesBefore);
    }

    @Test
    void a_file_that_is_not_what_its_name_says_gets_a_clear_message() throws Exception {
        byte[] docx = docx("Nội dung\tĐơn vị chủ trì", "Việc\tPhòng GDTrH");
        assertThatThrownBy(() -> imports.parseFile("bang.xlsx", docx)).satisfies(e -> assertThat(key(e))
                .isEqualTo("appendix.notWhatItSays"));
        assertThatThrownBy(() -> imports.parseFile("bang.docx", "Nội dung\tĐơn vị chủ trì".getBytes()))
                .satisfies(e -> assertThat(key(e)).isEqualTo("appendix.notWhatItSays"));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0};
        assertThatThrownBy(() -> imports.parseFile("anh.docx", png)).satisfies(e -> assertThat(key(e))
                .isEqualTo("appendix.notWhatItSays"));
        assertThatThrownBy(() -> imports.parseFile("bang.csv", docx)).satisfies(e -> assertThat(key(e))
                .isEqualTo("appendix.notWhatItSays"));
    }

    @Test
    void a_truncated_docx_is_unreadable_not_a_crash() throws Exception {
        byte[] docx = docx("Nội dung\tĐơn vị chủ trì", "Việc\tPhòng GDTrH");
        byte[] truncated = Arrays.copyOf(docx, docx.length / 2);
        assertThatThrownBy(() -> imports.parseFile("bang.docx", truncated)).satisfies(e -> assertThat(key(e))
                .isIn("appendix.unreadable", "appendix.notWhatItSays"));
    }

    @Test
    void a_password_protected_file_is_refused_with_a_clear_message() throws Exception {
        byte[] plain = docx("Nội dung\tĐơn vị chủ trì", "Việc\tPhòng GDTrH");
        EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
        Encryptor encryptor = info.getEncryptor();
        encryptor.confirmPassword("matkhau");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            try (OutputStream os = encryptor.getDataStream(fs)) {
                os.write(plain);
            }
            fs.writeFilesystem(out);
        }
        assertThatThrownBy(() -> imports.parseFile("mat-khau.docx", out.toByteArray()))
                .satisfies(e -> assertThat(key(e)).isEqualTo("appendix.encryptedOrOld"));
    }

    @Test
    void a_zip_bomb_is_refused() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes());
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] spaces = new byte[1024 * 1024];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 60; i++) {
                zip.write(spaces);
            }
            zip.closeEntry();
        }
        assertThat(out.size()).isLessThan(200_000);
        assertThatThrownBy(() -> imports.parseFile("bom.docx", out.toByteArray()))
                .satisfies(e -> assertThat(key(e)).isIn("appendix.zipBomb", "appendix.unreadable"));
    }

    @Test
    void empty_old_unsupported_and_oversized_files_get_their_messages() {
        assertThatThrownBy(() -> imports.parseFile("rong.docx", new byte[0]))
                .satisfies(e -> assertThat(key(e)).isEqualTo("appendix.emptyFile"));
        assertThatThrownBy(() -> imports.parseFile("cu.doc", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}))
                .satisfies(e -> assertThat(key(e)).isEqualTo("appendix.oldFormat"));
        assertThatThrownBy(() -> imports.parseFile("ke-hoach.pdf", "%PDF-1.7".getBytes()))
                .satisfies(e -> assertThat(key(e)).isEqualTo("appendix.unsupported"));
        assertThatThrownBy(() -> imports.parseFile("lon.csv", new byte[(int) imports.maxBytes() + 1]))
                .satisfies(e -> assertThat(key(e)).isEqualTo("appendix.tooLarge"));
        assertThatThrownBy(() -> imports.parseText("  "))
                .satisfies(e -> assertThat(key(e)).isEqualTo("appendix.emptyFile"));
    }

    @Test
    void a_table_with_more_rows_than_a_plan_takes_is_refused() {
        StringBuilder big = new StringBuilder("Nội dung\tĐơn vị chủ trì\n");
        for (int i = 0; i < 1001; i++) {
            big.append("Việc ").append(i).append("\tPhòng GDTrH\n");
        }
        assertThatThrownBy(() -> imports.parseText(big.toString()))
                .satisfies(e -> assertThat(key(e)).isEqualTo("appendix.tooManyRows"));
    }

    @Test
    void a_csv_saved_in_the_vietnamese_windows_code_page_is_read() {
        Charset cp1258 = Charset.forName("windows-1258");
        String csv = "Nội dung;Đơn vị chủ trì\nTổ chức thi;Phòng KH-TC\n";
        byte[] bytes = windows1258Form(csv).getBytes(cp1258);
        assertThat(new String(bytes, cp1258)).doesNotContain("?");
        ParseResult r = imports.parseFile("bang.csv", bytes);
        assertThat(r.rows().get(0).content()).isEqualTo("Tổ chức thi");
        assertThat(r.rows().get(0).leadUnit()).isEqualTo("KHTC");
    }

    /** Code page 1258 writes the tone as a combining mark after a letter that carries the other marks. */
    private static String windows1258Form(String text) {
        String nfd = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder();
        StringBuilder tones = new StringBuilder();
        StringBuilder base = new StringBuilder();
        Runnable flush = () -> {
            out.append(java.text.Normalizer.normalize(base, java.text.Normalizer.Form.NFC)).append(tones);
            base.setLength(0);
            tones.setLength(0);
        };
        for (char c : nfd.toCharArray()) {
            if ("\u0300\u0301\u0303\u0309\u0323".indexOf(c) >= 0) {
                tones.append(c);
            } else if (Character.getType(c) == Character.NON_SPACING_MARK) {
                base.append(c);
            } else {
                flush.run();
                base.append(c);
            }
        }
        flush.run();
        return out.toString();
    }

    @Test
    void only_an_administrator_adds_an_alias_and_it_is_used_from_then_on() {
        String text = "Nội dung\tĐơn vị chủ trì\nViệc\tPhòng Trung học phổ thông\n";
        SignedIn.as(directory, "cv.gdtrh");
        assertThat(imports.parseText(text).rows().get(0).leadUnit()).isNull();
        assertThatThrownBy(() -> imports.addAlias("Phòng Trung học phổ thông", "GDTrH"))
                .isInstanceOf(AccessDeniedException.class);
        SignedIn.as(directory, "admin");
        imports.addAlias("Phòng Trung học phổ thông", "GDTrH");
        assertThat(imports.parseText(text).rows().get(0).leadUnit()).isEqualTo("GDTrH");
    }

    @Test
    void the_api_reads_an_uploaded_file_and_pasted_text() throws Exception {
        mvc.perform(multipart("/api/appendix/parse").file(new MockMultipartFile("file", "phu-luc.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                docx("STT\tNội dung\tĐơn vị chủ trì\tThời gian hoàn thành",
                        "1\tKế hoạch A\tPhòng GDTrH\tngày 05 hằng tháng")))
                .with(httpBasic("cv.gdtrh", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows[0].content").value("Kế hoạch A"))
                .andExpect(jsonPath("$.rows[0].leadUnit").value("GDTrH"))
                .andExpect(jsonPath("$.rows[0].leadText").value("Phòng GDTrH"))
                .andExpect(jsonPath("$.rows[0].recurrence").value("MONTHLY on day 5"))
                .andExpect(jsonPath("$.rows[0].warnings").isArray())
                .andExpect(jsonPath("$.warnings").isArray());
        mvc.perform(post("/api/appendix/parse").contentType(MediaType.TEXT_PLAIN)
                .content(TABLE.getBytes(StandardCharsets.UTF_8)).with(httpBasic("cv.gdtrh", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows[0].coordinatingUnits[0]").value("KHTC"))
                .andExpect(jsonPath("$.rows[0].deadline").value("2026-06-30"));
    }

    @Test
    void the_api_answers_a_bad_file_with_400_and_a_message_in_both_languages() throws Exception {
        mvc.perform(multipart("/api/appendix/parse").file(new MockMultipartFile("file", "bang.docx",
                "application/octet-stream", "khong phai docx".getBytes())).with(httpBasic("cv.gdtrh", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors[0].field").value("file"))
                .andExpect(jsonPath("$.fieldErrors[0].messageVi").value("Tệp \"bang.docx\" không đúng định dạng như tên tệp."))
                .andExpect(jsonPath("$.fieldErrors[0].messageEn").value("The file \"bang.docx\" is not what its name says."));
        mvc.perform(post("/api/appendix/parse").contentType(MediaType.TEXT_PLAIN).content("Họ tên\tTuổi\nA\t3\n")
                .with(httpBasic("cv.gdtrh", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors[0].messageEn").value(org.hamcrest.Matchers.containsString(
                        "No task-assignment table")));
    }
}
