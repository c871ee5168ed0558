package org.zhiban.document.writing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/** Word files built with POI for the import tests: a 公文 laid out as GB/T 9704 does, and spoiled ones. */
final class Docx {

    private Docx() {
    }

    /**
     * 版头 (机关标志, 发文字号), a two-line centred 二号 title, 主送, a body with 一、（一）1.（1） and one paragraph in
     * Word's 标题 2 style without a number, 附件说明 of two attachments, 署名 and 成文日期, then 抄送.
     */
    static byte[] aNotice() {
        try (XWPFDocument doc = new XWPFDocument()) {
            centred(doc, "某市人民政府办公室文件", 36);
            centred(doc, "某政办发〔2026〕7号", 16);
            centred(doc, "某市人民政府办公室关于开展2026年度", 22);
            centred(doc, "安全生产检查的通知", 22);
            line(doc, "各区人民政府，市政府各部门：");
            line(doc, "为进一步加强安全生产工作，经市政府同意，现将有关事项通知如下。");
            line(doc, "一、检查范围");
            line(doc, "（一）全市各类生产经营单位。");
            line(doc, "1.重点行业企业；");
            line(doc, "（1）危险化学品企业。");
            XWPFParagraph styled = doc.createParagraph();
            styled.setStyle("Heading2");
            styled.createRun().setText("工作要求");
            line(doc, "检查增长1.5倍的单位应当重点复查。");
            line(doc, "附件：1.安全生产检查表");
            line(doc, "2.检查单位名单");
            XWPFParagraph organ = doc.createParagraph();
            organ.setAlignment(ParagraphAlignment.RIGHT);
            organ.createRun().setText("某市人民政府办公室");
            XWPFParagraph date = doc.createParagraph();
            date.setAlignment(ParagraphAlignment.RIGHT);
            date.createRun().setText("2026年3月5日");
            line(doc, "抄送：市委办公室。");
            return bytes(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A letter without 版头, its title found by its 文种 alone, the date written in Chinese numerals. */
    static byte[] aPlainLetter() {
        try (XWPFDocument doc = new XWPFDocument()) {
            line(doc, "关于商请共享企业登记数据的函");
            line(doc, "市数据局：");
            line(doc, "为做好一网通办工作，现就共享企业登记数据有关事项函商如下。");
            line(doc, "特此函商，请予支持。");
            line(doc, "某市市场监督管理局");
            line(doc, "二〇二六年十一月二十四日");
            return bytes(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] empty() {
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph();
            return bytes(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A DOCX saved with a password: Word keeps it in an encrypted OLE2 container, not a zip. */
    static byte[] encrypted() {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("mima123");
            try (OutputStream os = encryptor.getDataStream(fs)) {
                os.write(aPlainLetter());
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A DOCX-shaped zip whose document part inflates to {@code megabytes} of spaces: a few hundred KB on disk. */
    static byte[] bomb(int megabytes) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] spaces = new byte[1024 * 1024];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < megabytes; i++) {
                zip.write(spaces);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void centred(XWPFDocument doc, String text, int points) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun run = p.createRun();
        run.setFontSize(points);
        run.setText(text);
    }

    private static void line(XWPFDocument doc, String text) {
        doc.createParagraph().createRun().setText(text);
    }

    private static byte[] bytes(XWPFDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.write(out);
        return out.toByteArray();
    }
}
