package org.zhiban.document.writing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.zhiban.integrations.upload.UploadGuard;
import org.zhiban.integrations.upload.UploadLimits;
import org.zhiban.integrations.upload.UploadRefusedException;
import org.zhiban.shared.Refusal;

/** Reading a 公文 out of a Word file, after the upload guard; anything that is not a readable DOCX is refused. */
class DocxImportTest {

    final DocxImport docxImport = new DocxImport(new UploadGuard(UploadLimits.defaults()));

    @Test
    void reads_the_elements_of_a_notice_laid_out_as_the_standard_does() {
        ImportedDocument d = docxImport.read("通知.docx", Docx.aNotice());

        assertThat(d.documentNumber()).isEqualTo("某政办发〔2026〕7号");
        assertThat(d.title()).isEqualTo("某市人民政府办公室关于开展2026年度安全生产检查的通知");
        assertThat(d.docType()).isEqualTo("通知");
        assertThat(d.mainRecipients()).isEqualTo("各区人民政府，市政府各部门");
        assertThat(d.paragraphs()).extracting(p -> p.level() + " " + p.text()).containsExactly(
                "0 为进一步加强安全生产工作，经市政府同意，现将有关事项通知如下。",
                "1 一、检查范围",
                "2 （一）全市各类生产经营单位。",
                "3 1.重点行业企业；",
                "4 （1）危险化学品企业。",
                "2 工作要求",
                "0 检查增长1.5倍的单位应当重点复查。");
        assertThat(d.body()).startsWith("为进一步加强安全生产工作").endsWith("应当重点复查。").contains("\n一、检查范围\n");
        assertThat(d.attachmentNote()).isEqualTo("附件：1.安全生产检查表\n2.检查单位名单");
        assertThat(d.issuingOrgan()).isEqualTo("某市人民政府办公室");
        assertThat(d.signingDate()).isEqualTo("2026-03-05");
    }

    @Test
    void finds_the_title_of_a_plain_document_by_its_type_and_reads_a_date_in_chinese_numerals() {
        ImportedDocument d = docxImport.read("函.docx", Docx.aPlainLetter());

        assertThat(d.title()).isEqualTo("关于商请共享企业登记数据的函");
        assertThat(d.docType()).isEqualTo("函");
        assertThat(d.documentNumber()).isNull();
        assertThat(d.mainRecipients()).isEqualTo("市数据局");
        assertThat(d.body()).isEqualTo("为做好一网通办工作，现就共享企业登记数据有关事项函商如下。\n特此函商，请予支持。");
        assertThat(d.attachmentNote()).isNull();
        assertThat(d.issuingOrgan()).isEqualTo("某市市场监督管理局");
        assertThat(d.signingDate()).isEqualTo("2026-11-24");
    }

    @Test
    void refuses_a_file_that_is_not_a_docx() {
        assertThatThrownBy(() -> docxImport.read("通知.docx", "各科室：现将有关事项通知如下。".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(Refusal.class).hasMessageStartingWith("只能导入 Word 的 DOCX 文件，该文件是 text/plain");
    }

    @Test
    void refuses_a_password_protected_docx_saying_so() {
        assertThatThrownBy(() -> docxImport.read("加密.docx", Docx.encrypted()))
                .isInstanceOf(Refusal.class).hasMessageStartingWith("该 DOCX 文件设有密码");
    }

    @Test
    void refuses_a_file_over_the_upload_limit_before_reading_it() {
        DocxImport small = new DocxImport(new UploadGuard(new UploadLimits(64 * 1024, 100, 10L << 20, 100, 1,
                java.time.Duration.ofSeconds(5))));
        byte[] big = new byte[64 * 1024 + 1];
        System.arraycopy(Docx.aNotice(), 0, big, 0, 4);

        assertThatThrownBy(() -> small.read("大.docx", big)).isInstanceOf(UploadRefusedException.class)
                .extracting(e -> ((UploadRefusedException) e).reason()).isEqualTo(UploadRefusedException.Reason.TOO_LARGE);
    }

    @Test
    void refuses_a_zip_bomb_dressed_as_a_docx() {
        assertThatThrownBy(() -> docxImport.read("炸弹.docx", Docx.bomb(300)))
                .isInstanceOf(UploadRefusedException.class)
                .extracting(e -> ((UploadRefusedException) e).reason())
                .isIn(UploadRefusedException.Reason.SUSPICIOUS_RATIO, UploadRefusedException.Reason.TOO_LARGE_UNCOMPRESSED);
    }

    @Test
    void refuses_a_docx_without_text_and_a_broken_one() {
        assertThatThrownBy(() -> docxImport.read("空.docx", Docx.empty())).hasMessageStartingWith("该 DOCX 文件中没有文字");
        byte[] cut = java.util.Arrays.copyOf(Docx.aNotice(), Docx.aNotice().length / 2);
        assertThatThrownBy(() -> docxImport.read("坏.docx", cut)).isInstanceOfAny(Refusal.class, UploadRefusedException.class);
    }
}
