package org.zhiban.document.writing;

import org.zhiban.rules.document.Direction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.zhiban.rules.document.DocumentType;
import org.zhiban.shared.Refusal;

/** The template library: complete for the fifteen 文种, each form filled in its structure with its 结束语. */
class DocumentTemplatesTest {

    static final DocumentTemplates TEMPLATES = new DocumentTemplates();

    static Stream<DocumentTemplate> everyForm() {
        return TEMPLATES.all().stream();
    }

    /** What an officer typically gives: a title of 关于…的<文种>, two points, a recipient, a reason. */
    static DraftInputs inputs(DocumentTemplate t, List<String> points) {
        String title = t.docType() == DocumentType.ORDER ? "关于公布《某市档案管理办法》的令"
                : "关于开展安全生产检查的" + t.docType().term();
        return new DraftInputs(t.docType(), t.form(), t.directions().get(0), title, points, "某市交通运输局",
                "为进一步加强安全生产工作", List.of(), "关于开展安全生产检查的请示", "某交发〔2026〕3号");
    }

    @ParameterizedTest
    @EnumSource(DocumentType.class)
    void every_type_of_article_8_has_a_template_with_its_structure_named(DocumentType type) {
        assertThat(TEMPLATES.of(type)).isNotEmpty().allSatisfy(t -> {
            assertThat(t.structure()).contains("—");
            assertThat(t.purpose()).contains("第八条");
            assertThat(t.directions()).isNotEmpty();
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyForm")
    void a_filled_form_numbers_the_points_ends_with_its_closing_and_leaves_no_placeholder(DocumentTemplate t) {
        String text = TEMPLATES.fill(inputs(t, List.of("检查消防设施", "检查用电安全"))).text();
        String lines = text + "\n";

        assertThat(text).doesNotContain("{", "}");
        String last = text.lines().reduce((a, b) -> b).orElseThrow();
        if (!t.closing().isEmpty()) {
            assertThat(last).endsWith(t.closing());
        }
        if (t.placeholders().contains(Placeholder.POINTS)) {
            assertThat(lines).contains("\n一、检查消防设施。\n二、检查用电安全。\n");
        } else if (t.placeholders().contains(Placeholder.SUBPOINTS)) {
            assertThat(lines).contains("\n（一）检查消防设施。\n（二）检查用电安全。\n");
        }
        if (t.placeholders().contains(Placeholder.SUBJECT)) {
            assertThat(text).contains("开展安全生产检查");
        }
        if (t.placeholders().contains(Placeholder.RECIPIENTS)) {
            assertThat(text).startsWith("某市交通运输局：\n");
        }
    }

    @Test
    void every_type_can_be_filled_in_its_usual_direction_without_naming_a_form() {
        for (DocumentType type : DocumentType.values()) {
            DocumentTemplates.Filled filled = TEMPLATES.fill(new DraftInputs(type, null, null, "关于测试的" + type.term(),
                    List.of("要点"), null, null, List.of(), null, null));
            assertThat(filled.template()).isEqualTo(TEMPLATES.of(type).get(0));
            assertThat(filled.direction()).isEqualTo(filled.template().directions().get(0));
        }
    }

    @Test
    void a_request_ends_with_its_request_phrase_and_a_report_has_none() {
        String request = fill(DocumentType.REQUEST, null, Direction.UPWARD);
        String report = fill(DocumentType.REPORT, null, Direction.UPWARD);

        assertThat(request).endsWith("妥否，请批示。").contains("现就购置执法记录仪请示如下：");
        assertThat(report).endsWith("特此报告。")
                .contains("一、基本情况", "二、主要做法\n（一）", "三、下一步打算")
                .doesNotContain("请批示", "请批复", "请审批", "请予批准", "妥否", "当否");
    }

    @Test
    void a_reply_letter_and_a_reply_cite_the_incoming_document_and_address_by_direction() {
        DraftInputs letter = new DraftInputs(DocumentType.LETTER, "复函", Direction.PARALLEL, "关于数据共享有关问题的复函",
                List.of("同意共享"), "某市数据局", null, List.of(), "《关于商请共享数据的函》", "某数函〔2026〕5号");
        DraftInputs reply = new DraftInputs(DocumentType.REPLY, null, Direction.DOWNWARD, "关于同意购置执法记录仪的批复",
                List.of("同意购置"), "某市交通运输局", null, List.of(), "关于购置执法记录仪的请示", "某交发〔2026〕3号");

        assertThat(TEMPLATES.fill(letter).text())
                .contains("贵局来函《关于商请共享数据的函》（某数函〔2026〕5号）收悉。经研究，现函复如下：")
                .endsWith("特此函复。");
        assertThat(TEMPLATES.fill(reply).text())
                .contains("\n你局《关于购置执法记录仪的请示》（某交发〔2026〕3号）收悉。经研究，批复如下：\n一、同意购置。")
                .endsWith("此复。");
    }

    @Test
    void an_outgoing_letter_asks_for_support_or_an_answer() {
        assertThat(fill(DocumentType.LETTER, "去函", Direction.PARALLEL)).endsWith("特此函商，请予支持。");
        assertThat(fill(DocumentType.LETTER, "询问函", null)).endsWith("特此函询，盼复。");
    }

    @Test
    void missing_facts_are_marked_to_be_supplied() {
        String text = TEMPLATES.fill(new DraftInputs(DocumentType.NOTICE, null, null, "关于开展安全生产检查的通知",
                List.of(), null, null, List.of(), null, null)).text();

        assertThat(text).startsWith("〔待补充〕：\n〔待补充〕。现将开展安全生产检查有关事项通知如下：\n一、〔待补充〕\n")
                .endsWith("特此通知。");
    }

    @Test
    void numbering_the_officer_typed_is_replaced_and_list_punctuation_ends_the_sentence() {
        String text = TEMPLATES.fill(new DraftInputs(DocumentType.NOTICE, null, null, "关于开展安全生产检查的通知",
                List.of("1. 检查消防设施；", "（二）检查用电安全", "三、检查范围：\n各科室及下属单位"), "各科室",
                "为加强安全生产。", List.of(), null, null)).text();

        assertThat(text).contains("为加强安全生产。现将", "\n一、检查消防设施。\n二、检查用电安全。\n三、检查范围：\n各科室及下属单位\n");
    }

    @Test
    void braces_in_the_officers_text_stay_text() {
        String text = TEMPLATES.fill(new DraftInputs(DocumentType.NOTICE, null, null, "关于{points}的通知",
                List.of("写明{reason}"), "{recipients}", "依据{title}", List.of(), null, null)).text();

        assertThat(text).startsWith("{recipients}：\n依据{title}。现将{points}有关事项通知如下：\n一、写明{reason}。");
    }

    @Test
    void an_issuing_notice_names_the_work_from_the_title_and_the_attachments_make_the_note() {
        DocumentTemplates.Filled filled = TEMPLATES.fill(new DraftInputs(DocumentType.NOTICE, "印发通知", null,
                "关于印发《某市安全生产检查办法》的通知", List.of(), "各区人民政府", null,
                List.of(new DraftInputs.Attachment("某市安全生产检查办法", "第一条……"),
                        new DraftInputs.Attachment("《检查表》。", null)), null, null));

        assertThat(filled.text()).isEqualTo("各区人民政府：\n现将《某市安全生产检查办法》印发给你们，请认真贯彻执行。");
        assertThat(filled.attachmentNote()).isEqualTo("附件：1.某市安全生产检查办法\n2.检查表");
    }

    @Test
    void a_type_written_the_wrong_way_is_refused_and_a_request_to_a_peer_is_pointed_to_a_letter() {
        assertThatThrownBy(() -> fill(DocumentType.REQUEST, null, Direction.DOWNWARD)).isInstanceOf(Refusal.class)
                .hasMessageContaining("「请示」的行文方向为上行文，不能下行文");
        assertThatThrownBy(() -> fill(DocumentType.REQUEST, null, Direction.PARALLEL))
                .hasMessageContaining("不相隶属机关之间请求批准应当用函");
        assertThatThrownBy(() -> fill(DocumentType.LETTER, "复函", Direction.DOWNWARD))
                .hasMessageContaining("「函·复函」的行文方向为平行文");
        assertThatThrownBy(() -> fill(DocumentType.LETTER, "便函", null))
                .hasMessageContaining("「函」没有「便函」这一形式，可选：去函、询问函、复函");
    }

    @Test
    void an_opinion_takes_the_form_of_its_direction() {
        assertThat(fill(DocumentType.OPINION, null, Direction.UPWARD)).endsWith("以上意见如无不妥，请批转各地区、各部门执行。");
        assertThat(fill(DocumentType.OPINION, null, Direction.PARALLEL)).endsWith("以上意见供参考。");
        assertThat(fill(DocumentType.OPINION, null, Direction.DOWNWARD)).endsWith("请结合实际认真贯彻落实。");
    }

    @Test
    void the_preview_names_each_gap() {
        DocumentTemplate reply = TEMPLATES.of(DocumentType.REPLY).get(0);

        assertThat(TEMPLATES.preview(reply)).isEqualTo("〔主送机关〕：\n你（贵）单位《〔来文标题〕》（〔来文字号〕）收悉。经研究，批复如下：\n"
                + "一、〔事项〕\n二、〔事项〕\n此复。");
    }

    @Test
    void a_template_file_with_an_unknown_placeholder_or_no_purpose_does_not_load() {
        List<DocumentTemplate> typo = TemplateFile.parse(DocumentType.NOTICE, "t", """
                用途: 测试
                === 形式 ===
                结构: 缘由—事项
                行文方向: 下行
                ---
                {recipient}：""");
        assertThatThrownBy(() -> typo.get(0).placeholders()).hasMessageContaining("unknown placeholder {recipient}");
        assertThatThrownBy(() -> TemplateFile.parse(DocumentType.NOTICE, "t", "=== 形式 ===\n结构: a—b\n行文方向: 下行\n---\n正文"))
                .hasMessageContaining("'用途:' is required");
        assertThatThrownBy(() -> TemplateFile.parse(DocumentType.NOTICE, "t", "用途: x\n=== 形式 ===\n结构: a—b\n行文方向: 斜行\n---\n正文"))
                .hasMessageContaining("unknown 行文方向");
    }

    @Test
    void the_subject_is_read_from_the_title_and_the_addressee_from_the_recipient() {
        assertThat(TitleParts.subject("某市人民政府办公室关于开展安全生产检查的通知", DocumentType.NOTICE)).isEqualTo("开展安全生产检查");
        assertThat(TitleParts.subject("关于数据共享的复函", DocumentType.LETTER)).isEqualTo("数据共享");
        assertThat(TitleParts.subject("2025年统计公报", DocumentType.COMMUNIQUE)).isEqualTo("2025年统计");
        assertThat(TitleParts.subject("通知", DocumentType.NOTICE)).isNull();
        assertThat(TitleParts.addressee("某区人民政府", Direction.DOWNWARD)).isEqualTo("你区");
        assertThat(TitleParts.addressee("某市交通运输局", Direction.PARALLEL)).isEqualTo("贵局");
        assertThat(TitleParts.addressee("某市数据中心", Direction.DOWNWARD)).isEqualTo("你中心");
        assertThat(TitleParts.addressee("某市发展和改革委员会", Direction.PARALLEL)).isEqualTo("贵委");
        assertThat(TitleParts.addressee("某协会", Direction.DOWNWARD)).isEqualTo("你单位");
        assertThat(TitleParts.addressee("甲局、乙局", Direction.DOWNWARD)).isEqualTo("你单位");
    }

    @Test
    void the_types_are_read_as_the_regulation_or_the_enum_names_them() {
        assertThat(DocumentTypeNames.require("通知")).isEqualTo(DocumentType.NOTICE);
        assertThat(DocumentTypeNames.require("命令")).isEqualTo(DocumentType.ORDER);
        assertThat(DocumentTypeNames.require("令")).isEqualTo(DocumentType.ORDER);
        assertThat(DocumentTypeNames.require("letter")).isEqualTo(DocumentType.LETTER);
        assertThatThrownBy(() -> DocumentTypeNames.require("方案")).isInstanceOf(Refusal.class)
                .hasMessageContaining("未知文种「方案」");
        assertThat(Arrays.stream(Direction.values()).map(d -> Direction.parse(d.term())))
                .containsExactly(Direction.values());
    }

    private static String fill(DocumentType type, String form, Direction direction) {
        String title = type == DocumentType.REQUEST ? "关于购置执法记录仪的请示" : "关于测试的" + type.term();
        return TEMPLATES.fill(new DraftInputs(type, form, direction, title, List.of("事项"), "某市人民政府", "为测试",
                List.of(), null, null)).text();
    }
}
