package org.zhiban.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.zhiban.Api;
import org.zhiban.ZhibanTest;

/** Policy documents uploaded by a system administrator become searchable articles; bad files change nothing. */
@ZhibanTest
class KnowledgeUploadTest {

    @Autowired TestRestTemplate rest;
    @Autowired JdbcClient jdbc;

    @Test
    void an_uploaded_docx_with_articles_is_split_into_articles_and_found_by_search() throws IOException {
        byte[] docx = docx("某市共享单车停放管理办法", "第一章 总则",
                "第一条 为了规范共享单车停放秩序，根据有关法律法规，结合本市实际，制定本办法。",
                "第二条 共享单车运营企业应当对违规停放的车辆及时清运。",
                "第二章 罚则",
                "第三条 运营企业未及时清运违规停放车辆的，由城市管理部门责令改正。");

        ResponseEntity<Map<String, Object>> created = upload(docx, "bike.docx", "某市共享单车停放管理办法", "地方性法规");

        assertThat(created.getStatusCode().value()).isEqualTo(201);
        assertThat(created.getBody()).containsEntry("structure", "ARTICLES").containsEntry("articleCount", 3);
        List<Map<String, Object>> hits = Api.as(rest, "zhangsan")
                .list("/api/knowledge/search?q=共享单车 违规停放 清运&statute=某市共享单车停放管理办法");
        assertThat(hits).extracting(h -> h.get("articleNo")).contains("第二条", "第三条");
        Map<String, Object> third = Api.as(rest, "zhangsan")
                .get("/api/knowledge/articles/某市共享单车停放管理办法/3").getBody();
        assertThat((List<String>) third.get("headingPath")).containsExactly("第二章 罚则");
    }

    @Test
    void an_uploaded_text_without_articles_is_split_into_sections_at_its_headings() {
        String text = """
                关于做好夏季防汛工作的通知
                一、提高认识
                各单位要充分认识防汛工作的重要性，落实防汛责任。
                二、排查隐患
                对低洼易涝区域和地下车库开展隐患排查，建立台账。
                三、值班值守
                汛期实行二十四小时值班，遇有险情及时报告。
                """;

        ResponseEntity<Map<String, Object>> created = upload(text.getBytes(StandardCharsets.UTF_8), "flood.txt",
                "关于做好夏季防汛工作的通知", "部门规章");

        assertThat(created.getStatusCode().value()).isEqualTo(201);
        assertThat(created.getBody()).containsEntry("structure", "SECTIONS").containsEntry("articleCount", 3);
        List<Map<String, Object>> hits = Api.as(rest, "lisi").list("/api/knowledge/search?q=地下车库 隐患排查");
        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0)).containsEntry("statute", "关于做好夏季防汛工作的通知").containsEntry("articleNo", "第二部分");
    }

    @Test
    void an_uploaded_markdown_policy_is_split_into_articles() {
        String markdown = """
                # 某区政务服务事项办理规范

                ## 第一章 总则

                第一条 为规范政务服务事项办理，制定本规范。

                第二条 政务服务事项实行一次告知、限时办结。
                """;

        ResponseEntity<Map<String, Object>> created = upload(markdown.getBytes(StandardCharsets.UTF_8), "rules.md",
                "某区政务服务事项办理规范", "地方性法规");

        assertThat(created.getStatusCode().value()).isEqualTo(201);
        assertThat(created.getBody()).containsEntry("structure", "ARTICLES").containsEntry("articleCount", 2);
        assertThat(Api.as(rest, "zhangsan").list("/api/knowledge/search?q=一次告知 限时办结"))
                .extracting(h -> h.get("statute") + " " + h.get("articleNo")).contains("某区政务服务事项办理规范 第二条");
    }

    /** A real PDF with Chinese text needs a CJK font to be written; CI installs fonts-wqy-zenhei (.ci/run). */
    @Test
    void an_uploaded_pdf_is_read_with_tika_and_split_into_articles() throws IOException {
        java.nio.file.Path font = java.nio.file.Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");
        if (System.getenv("CI") == null) {
            org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.exists(font), "fonts-wqy-zenhei not installed");
        }
        byte[] pdf = pdf(font, "某镇农贸市场管理规定", "第一条 为加强农贸市场管理，制定本规定。",
                "第二条 市场开办者应当建立食品安全管理制度，配备检测设备。");

        ResponseEntity<Map<String, Object>> created = upload(pdf, "market.pdf", "某镇农贸市场管理规定", "地方性法规");

        assertThat(created.getStatusCode().value()).isEqualTo(201);
        assertThat(created.getBody()).containsEntry("structure", "ARTICLES").containsEntry("articleCount", 2);
        assertThat(Api.as(rest, "lisi").list("/api/knowledge/search?q=市场开办者 检测设备&statute=某镇农贸市场管理规定"))
                .extracting(h -> h.get("articleNo")).contains("第二条");
    }

    @Test
    void uploading_the_same_document_again_changes_nothing() {
        byte[] text = "第一条 重复上传的办法。\n第二条 本办法自发布之日起施行。".getBytes(StandardCharsets.UTF_8);
        upload(text, "same.txt", "重复上传测试办法", "部门规章");
        int articles = count();

        ResponseEntity<Map<String, Object>> again = upload(text, "same.txt", "重复上传测试办法", "部门规章");

        assertThat(again.getStatusCode().value()).isEqualTo(201);
        assertThat((Map<String, Object>) again.getBody().get("report")).containsEntry("versionsUnchanged", 1);
        assertThat(count()).isEqualTo(articles);
    }

    @Test
    void a_different_text_under_a_shipped_or_uploaded_version_is_refused_unless_replacing_an_upload() {
        byte[] first = "第一条 第一稿。\n第二条 本办法自发布之日起施行。".getBytes(StandardCharsets.UTF_8);
        byte[] second = "第一条 第二稿。\n第二条 本办法自发布之日起施行。".getBytes(StandardCharsets.UTF_8);
        assertThat(upload(first, "v.txt", "替换上传测试办法", "部门规章").getStatusCode().value()).isEqualTo(201);
        int articles = count();

        ResponseEntity<Map<String, Object>> silently = upload(second, "v.txt", "替换上传测试办法", "部门规章");
        ResponseEntity<Map<String, Object>> explicitly = upload(Api.as(rest, "sysadmin"), second, "v.txt",
                "替换上传测试办法", "部门规章", true);
        ResponseEntity<Map<String, Object>> shipped = upload(second, "csl.txt", "中华人民共和国消费者权益保护法", "法律",
                "2013-10-25", false);

        assertThat(silently.getStatusCode().value()).isEqualTo(409);
        assertThat(silently.getBody()).containsEntry("code", "kb.upload.exists");
        assertThat(explicitly.getStatusCode().value()).isEqualTo(201);
        assertThat((Map<String, Object>) explicitly.getBody().get("report")).containsEntry("versionsReplaced", 1);
        assertThat(count()).isEqualTo(articles);
        assertThat(shipped.getStatusCode().value()).isEqualTo(409);
        assertThat(shipped.getBody()).containsEntry("code", "kb.upload.shipped");
    }

    @Test
    void empty_unsupported_unreadable_or_incomplete_uploads_are_refused_and_nothing_is_stored() {
        int before = count();
        byte[] zip = {0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00};
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R'};
        byte[] fakePdf = "%PDF-1.7\nnot really a pdf".getBytes(StandardCharsets.US_ASCII);
        byte[] fine = "第一条 正文。".getBytes(StandardCharsets.UTF_8);

        assertThat(upload(new byte[0], "empty.txt", "空文件", "部门规章").getStatusCode().value()).isEqualTo(400);
        assertThat(upload(png, "picture.png", "图片", "部门规章").getStatusCode().value()).isEqualTo(400);
        assertThat(upload(zip, "broken.docx", "损坏的文档", "部门规章").getStatusCode().value()).isEqualTo(400);
        assertThat(upload(fakePdf, "fake.pdf", "假PDF", "部门规章").getStatusCode().value()).isEqualTo(400);
        assertThat(upload(fine, "fine.txt", "", "部门规章").getStatusCode().value()).isEqualTo(400);
        assertThat(upload(fine, "fine.txt", "没有层级", "不存在的层级").getStatusCode().value()).isEqualTo(400);
        assertThat(count()).isEqualTo(before);
        assertThat(Api.as(rest, "zhangsan").list("/api/knowledge/statutes")).extracting(s -> s.get("statute"))
                .doesNotContain("空文件", "图片", "损坏的文档", "假PDF", "没有层级");
    }

    @Test
    void only_a_system_administrator_may_upload() {
        ResponseEntity<Map<String, Object>> refused = upload(Api.as(rest, "zhangsan"),
                "第一条 正文。".getBytes(StandardCharsets.UTF_8), "a.txt", "越权上传", "部门规章");
        assertThat(refused.getStatusCode().value()).isEqualTo(403);
    }

    private ResponseEntity<Map<String, Object>> upload(byte[] content, String fileName, String title, String level) {
        return upload(Api.as(rest, "sysadmin"), content, fileName, title, level);
    }

    private static ResponseEntity<Map<String, Object>> upload(Api api, byte[] content, String fileName, String title,
                                                              String level) {
        return upload(api, content, fileName, title, level, "2024-03-01", false);
    }

    private static ResponseEntity<Map<String, Object>> upload(Api api, byte[] content, String fileName, String title,
                                                              String level, boolean replace) {
        return upload(api, content, fileName, title, level, "2024-03-01", replace);
    }

    private ResponseEntity<Map<String, Object>> upload(byte[] content, String fileName, String title, String level,
                                                       String effectiveFrom, boolean replace) {
        return upload(Api.as(rest, "sysadmin"), content, fileName, title, level, effectiveFrom, replace);
    }

    private static ResponseEntity<Map<String, Object>> upload(Api api, byte[] content, String fileName, String title,
                                                              String level, String effectiveFrom, boolean replace) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        form.add("title", title);
        form.add("level", level);
        form.add("effectiveFrom", effectiveFrom);
        form.add("replace", Boolean.toString(replace));
        return api.rest().exchange("/api/knowledge/documents", HttpMethod.POST, new HttpEntity<>(form),
                new ParameterizedTypeReference<>() {});
    }

    private int count() {
        return jdbc.sql("select count(*) from kb_article").query(Integer.class).single();
    }

    private static byte[] pdf(java.nio.file.Path fontFile, String... lines) throws IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument();
             org.apache.fontbox.ttf.TrueTypeCollection fonts = new org.apache.fontbox.ttf.TrueTypeCollection(fontFile.toFile());
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var font = org.apache.pdfbox.pdmodel.font.PDType0Font.load(doc, fonts.getFontByName("WenQuanYiZenHei"), true);
            var page = new org.apache.pdfbox.pdmodel.PDPage();
            doc.addPage(page);
            try (var text = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
                text.beginText();
                text.setFont(font, 12);
                text.setLeading(18);
                text.newLineAtOffset(50, 700);
                for (String line : lines) {
                    text.showText(line);
                    text.newLine();
                }
                text.endText();
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] docx(String... paragraphs) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String p : paragraphs) {
                doc.createParagraph().createRun().setText(p);
            }
            doc.write(out);
            return out.toByteArray();
        }
    }
}
