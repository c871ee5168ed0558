package org.zhiban.integrations.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhiban.integrations.text.TextExtractionException.Reason;

/** Documents with text in them: DOCX, PDF with a text layer, OFD, plain text. No OCR needed. */
class DocumentTextTest {

    private static final DocumentTextExtractor extractor = new DocumentTextExtractor(TextExtractionSettings.defaults());

    @BeforeAll
    static void needsTheCjkFont() {
        assumeTrue(Documents.cjkFontInstalled(), "fonts-wqy-zenhei is not installed");
    }

    @Test
    void a_docx_keeps_its_headings_paragraphs_and_line_breaks_on_lines_of_their_own_and_a_table_row_on_one_line() {
        ExtractedText text = extractor.extract(Documents.contractDocx());

        assertThat(text.method()).isEqualTo(ExtractionMethod.DOCX);
        assertThat(text.warnings()).isEmpty();
        assertThat(text.text().lines()).containsSubsequence(
                "政府采购服务合同",
                "甲方：某市市场监督管理局",
                "乙方：某某信息技术有限公司",
                "第一条 合同价款",
                "合同总价人民币壹佰万元整。",
                "分两期支付。",
                "项目\t金额（元）",
                "软件开发\t800,000",
                "运行维护\t200,000",
                "第二条 履行期限");
    }

    @Test
    void a_pdf_with_a_text_layer_is_read_page_by_page_without_ocr() {
        byte[] pdf = Documents.textPdf("合同编号：HT-2026-0007\n甲方：某市市场监督管理局", "第二页\n合同总价人民币壹佰万元整");

        ExtractedText text = extractor.extract(pdf);

        assertThat(text.method()).isEqualTo(ExtractionMethod.PDF_TEXT);
        assertThat(text.pages()).isEqualTo(2);
        assertThat(text.warnings()).isEmpty();
        assertThat(text.text()).isEqualTo("合同编号：HT-2026-0007\n甲方：某市市场监督管理局\n\n第二页\n合同总价人民币壹佰万元整");
    }

    @Test
    void a_blank_pdf_page_is_blank_not_a_scan() throws Exception {
        byte[] pdf;
        try (PDDocument doc = Loader.loadPDF(Documents.textPdf("第一页正文内容足够长"))) {
            doc.addPage(new PDPage());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            pdf = out.toByteArray();
        }

        ExtractedText text = extractor.extract(pdf);

        assertThat(text.method()).isEqualTo(ExtractionMethod.PDF_TEXT);
        assertThat(text.pages()).isEqualTo(2);
        assertThat(text.warnings()).isEmpty();
        assertThat(text.text()).isEqualTo("第一页正文内容足够长");
    }

    @Test
    void a_password_protected_pdf_is_named_as_such() throws Exception {
        byte[] pdf;
        try (PDDocument doc = Loader.loadPDF(Documents.textPdf("保密合同"))) {
            doc.protect(new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission()));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            pdf = out.toByteArray();
        }

        assertThatThrownBy(() -> extractor.extract(pdf)).isInstanceOfSatisfying(TextExtractionException.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.ENCRYPTED);
            assertThat(e).hasMessage("文件有密码保护，无法读取 / the file is password-protected");
        });
    }

    @Test
    void a_cut_off_pdf_is_corrupt() {
        byte[] pdf = Documents.textPdf("合同");
        byte[] cut = java.util.Arrays.copyOf(pdf, 200);

        assertThatThrownBy(() -> extractor.extract(cut)).isInstanceOfSatisfying(TextExtractionException.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.CORRUPT);
            assertThat(e.messageKey()).isEqualTo("text.extraction.corrupt");
        });
    }

    @Test
    void an_ofd_gives_its_paragraphs_back_as_lines(@TempDir Path folder) {
        byte[] ofd = Documents.ofd(folder, "政府采购服务合同", "甲方：某市市场监督管理局", "合同总价人民币壹佰万元整。");

        ExtractedText text = extractor.extract(ofd);

        assertThat(text.method()).isEqualTo(ExtractionMethod.OFD);
        assertThat(text.pages()).isEqualTo(1);
        assertThat(text.warnings()).isEmpty();
        assertThat(text.text().lines()).containsExactly("政府采购服务合同", "甲方：某市市场监督管理局", "合同总价人民币壹佰万元整。");
    }

    @Test
    void plain_text_is_read_as_utf8_and_otherwise_as_gb18030() {
        ExtractedText utf8 = extractor.extract(("\uFEFF合同总价\r\n人民币壹佰万元整\r\n").getBytes(StandardCharsets.UTF_8));
        ExtractedText gbk = extractor.extract("合同总价\n人民币壹佰万元整".getBytes(Charset.forName("GBK")));

        assertThat(utf8.method()).isEqualTo(ExtractionMethod.TXT);
        assertThat(utf8.text()).isEqualTo("合同总价\n人民币壹佰万元整");
        assertThat(utf8.warnings()).isEmpty();
        assertThat(gbk.text()).isEqualTo("合同总价\n人民币壹佰万元整");
        assertThat(gbk.warnings()).singleElement().asString().contains("GB18030");
    }

    @Test
    void the_format_comes_from_the_bytes_and_other_formats_are_refused_by_name() throws Exception {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("xl/workbook.xml"));
            out.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
        }
        byte[] ole2 = {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1, (byte) 0xb1, 0x1a, (byte) 0xe1, 0, 0};
        byte[] binary = {0, 1, 2, 3, 0, 0, 7};

        assertThatThrownBy(() -> extractor.extract(zip.toByteArray())).isInstanceOfSatisfying(
                TextExtractionException.class, e -> assertThat(e).hasMessage(
                        "不支持的文件格式（ZIP），请上传 DOCX、PDF、OFD、JPG、PNG 或 TXT / unsupported file format (ZIP);"
                                + " upload DOCX, PDF, OFD, JPG, PNG or TXT"));
        assertThatThrownBy(() -> extractor.extract(ole2)).isInstanceOfSatisfying(TextExtractionException.class,
                e -> assertThat(e.getMessage()).contains(".doc"));
        assertThatThrownBy(() -> extractor.extract(binary)).isInstanceOfSatisfying(TextExtractionException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED_FORMAT));
    }
}
