package org.zhiban.rules.document;

import static org.zhiban.rules.document.Drafts.aCleanLetter;
import static org.zhiban.rules.document.Drafts.aCleanReply;
import static org.zhiban.rules.document.Drafts.aCleanReport;
import static org.zhiban.rules.document.Drafts.aCleanRequest;
import static org.zhiban.rules.document.Drafts.aPlainNotice;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One example pair per rule id: a draft that breaks exactly that rule (the span it must point at, and any rule
 * that fires with it by nature) and a near miss that must come out clean. {@link RuleExamplesTest} runs them and
 * fails when a rule in the DRL files has no example here.
 */
final class RuleExamples {

    record Example(String ruleId, Drafts.Builder firing, String span, Set<String> alsoFiring, Drafts.Builder nearMiss) {
        @Override
        public String toString() {
            return ruleId;
        }
    }

    private static final List<Example> ALL = new ArrayList<>();

    private RuleExamples() {
    }

    static List<Example> all() {
        return List.copyOf(ALL);
    }

    private static void example(String ruleId, Drafts.Builder firing, String span, Drafts.Builder nearMiss,
                                String... alsoFiring) {
        ALL.add(new Example(ruleId, firing, span, Set.of(alsoFiring), nearMiss));
    }

    private static final String NOT_CHECKED = null;

    static {
        // 发文字号
        example("DOC-NUMBER-BRACKETS", aCleanRequest().documentNumber("某市监发[2026]7号"), "[2026]",
                aCleanRequest().documentNumber("某市监发〔2026〕17号"));
        example("DOC-NUMBER-YEAR", aCleanRequest().documentNumber("某市监发〔26〕7号"), "26",
                aCleanRequest().documentNumber("某市监发〔2026〕26号"));
        example("DOC-NUMBER-ORDINAL", aCleanRequest().documentNumber("某市监发〔2026〕第7号"), "第",
                aCleanRequest().documentNumber("第一中学发〔2026〕7号").issuingOrgan("某市第一中学")
                        .title("某市第一中学关于申请2027年食品安全抽检专项经费的请示"));
        example("DOC-NUMBER-ZERO-PADDING", aCleanRequest().documentNumber("某市监发〔2026〕007号"), "007",
                aCleanRequest().documentNumber("某市监发〔2026〕100号"));
        example("DOC-NUMBER-HAO", aCleanRequest().documentNumber("某市监发〔2026〕7"), "7",
                aCleanRequest().documentNumber("某市监发〔2026〕7号"));
        example("DOC-NUMBER-WHITESPACE", aCleanRequest().documentNumber("某市监发 〔2026〕7号"), " ",
                aCleanRequest().documentNumber("某市监发〔2026〕7号"));
        example("DOC-NUMBER-YEAR-MISMATCH", aCleanRequest().documentNumber("某市监发〔2025〕7号"), "2025",
                aCleanRequest().documentNumber("某市监发〔2026〕7号").signingDate("2026年1月5日"));
        example("DOC-NUMBER-FORMAT", aCleanRequest().documentNumber("SAMR发〔2026〕7号"), NOT_CHECKED,
                aCleanRequest().documentNumber("市监发〔2026〕7号"));

        // 成文日期
        example("DOC-DATE-CHINESE-NUMERALS", aCleanRequest().signingDate("二〇二六年十一月二十四日"), "二〇二六年十一月二十四日",
                aCleanRequest().signingDate("2026年11月24日"));
        example("DOC-DATE-ZERO-PADDING", aCleanRequest().signingDate("2026年11月05日"), "05",
                aCleanRequest().signingDate("2026年11月5日"));
        example("DOC-DATE-INCOMPLETE", aCleanRequest().signingDate("2026年11月"), NOT_CHECKED,
                aCleanRequest().signingDate("2026年11月30日"));
        example("DOC-DATE-INVALID", aCleanRequest().signingDate("2026年2月30日"), NOT_CHECKED,
                aCleanRequest().signingDate("2026年2月28日"));
        example("DOC-DATE-FUTURE", aCleanRequest().signingDate("2026年12月11日"), NOT_CHECKED,
                aCleanRequest().signingDate("2026年12月10日"));
        example("DOC-DATE-FORMAT", aCleanRequest().signingDate("2026-11-24"), NOT_CHECKED,
                aCleanRequest().signingDate("2026年11月24日"));

        // 标题
        example("DOC-TITLE-MISSING", aCleanRequest().title(" "), NOT_CHECKED, aCleanRequest());
        example("DOC-TITLE-END-PUNCTUATION", aCleanRequest().title("某市市场监督管理局关于申请专项经费的请示。"), "。",
                aCleanRequest().title("某市市场监督管理局关于申请专项经费的请示"));
        example("DOC-TITLE-INNER-PUNCTUATION", aCleanRequest().title("某市市场监督管理局关于申请抽检经费，检测设备的请示"), "，",
                aCleanRequest().title("某市市场监督管理局关于申请抽检经费、检测设备的请示"));
        example("DOC-TITLE-NOT-A-GENRE", aPlainNotice().title("某市人民政府办公室关于2027年元旦春节期间值班工作方案"),
                "某市人民政府办公室关于2027年元旦春节期间值班工作方案",
                aPlainNotice().title("某市人民政府办公室关于印发《2027年元旦春节期间值班工作方案》的通知"));
        example("DOC-TITLE-GENRE", aCleanRequest().title("某市市场监督管理局关于申请专项经费的报告"), "报告",
                aCleanRequest().title("某市市场监督管理局关于申请专项经费的请示"));
        example("DOC-TITLE-STACKED-GENRE", aPlainNotice().title("某市人民政府办公室关于做好值班工作的通知的通知"), "的通知",
                aPlainNotice().title("某市人民政府办公室关于印发《值班工作规范》的通知"));
        example("DOC-TITLE-ABOUT-REPEATED", aPlainNotice().title("某市人民政府办公室关于关于做好值班工作的通知"), "关于",
                aPlainNotice().title("某市人民政府办公室转发省政府办公厅关于做好值班工作的通知"));
        example("DOC-TITLE-URGENCY", aPlainNotice().title("某市人民政府办公室关于做好值班工作的特急通知"), "特急",
                aPlainNotice().title("某市人民政府办公室关于做好值班工作的通知").urgency("特急"));
        example("DOC-TITLE-ORGAN", aPlainNotice().title("关于做好值班工作的通知"), "",
                aPlainNotice().title("市政府办公室关于做好值班工作的通知"));
        example("DOC-TITLE-LENGTH", aCleanRequest().title("某市市场监督管理局关于" + "申请".repeat(26) + "的请示"), NOT_CHECKED,
                aCleanRequest().title("某市市场监督管理局关于" + "申请".repeat(20) + "的请示"));
        example("DOC-TITLE-WRONG-WORD", aPlainNotice().title("某市人民政府办公室关于再接再砺做好值班工作的通知"), "再接再砺",
                aPlainNotice().title("某市人民政府办公室关于再接再厉做好值班工作的通知"));
        example("DOC-TITLE-SENSITIVE-WORD", aPlainNotice().title("某市人民政府办公室关于做好残废人就业工作的通知"), "残废人",
                aPlainNotice().title("某市人民政府办公室关于做好残疾人就业工作的通知"));

        // 版头：份号、密级和保密期限、紧急程度
        example("DOC-SECRECY-STAR", aCleanRequest().secrecyLevel("秘密*1年"), "*", aCleanRequest().secrecyLevel("秘密★1年"));
        example("DOC-SECRECY-LEVEL", aCleanRequest().secrecyLevel("内部"), "内部", aCleanRequest().secrecyLevel("机密★10年"));
        example("DOC-SECRECY-PERIOD-MISSING", aCleanRequest().secrecyLevel("秘密"), NOT_CHECKED,
                aCleanRequest().secrecyLevel("秘密").secrecyPeriod("2年"));
        example("DOC-SECRECY-PERIOD-FORMAT", aCleanRequest().secrecyLevel("秘密").secrecyPeriod("二年"), "二年",
                aCleanRequest().secrecyLevel("秘密").secrecyPeriod("6个月"));
        example("DOC-SECRECY-PERIOD-WITHOUT-LEVEL", aPlainNotice().secrecyPeriod("1年"), NOT_CHECKED, aPlainNotice());
        example("DOC-SECRECY-PERIOD-CONFLICT", aCleanRequest().secrecyLevel("秘密★1年").secrecyPeriod("2年"), "2年",
                aCleanRequest().secrecyLevel("秘密★1年").secrecyPeriod("1年"));
        example("DOC-COPY-NUMBER-REQUIRED", aCleanRequest().copyNumber(null), NOT_CHECKED, aPlainNotice().copyNumber(null));
        example("DOC-COPY-NUMBER-FORMAT", aCleanRequest().copyNumber("12"), "12", aCleanRequest().copyNumber("000012"));
        example("DOC-URGENCY", aCleanRequest().urgency("特提"), "特提", aCleanRequest().urgency("特急"));

        // 签发人
        example("DOC-SIGNER-REQUIRED", aCleanRequest().signer(null), NOT_CHECKED, aPlainNotice().signer(null));
        example("DOC-SIGNER-LABEL", aCleanRequest().signer("签发人:王明"), "签发人:", aCleanRequest().signer("签发人：王明"));

        // 必备要素
        example("DOC-ISSUING-ORGAN-MISSING", aPlainNotice().issuingOrgan(null), NOT_CHECKED, aPlainNotice());
        example("DOC-MAIN-RECIPIENT-MISSING", aPlainNotice().mainRecipients(), NOT_CHECKED,
                aPlainNotice().docType(DocumentType.OPINION).mainRecipients()
                        .title("某市人民政府办公室关于做好2027年元旦春节期间有关工作的意见"));
        example("DOC-MAIN-RECIPIENT-UNEXPECTED", aPlainNotice().docType(DocumentType.ANNOUNCEMENT)
                        .title("某市人民政府办公室关于春节期间烟花爆竹燃放管理的公告"), NOT_CHECKED,
                aPlainNotice().docType(DocumentType.ANNOUNCEMENT).mainRecipients()
                        .title("某市人民政府办公室关于春节期间烟花爆竹燃放管理的公告"));
        example("DOC-BODY-MISSING", aPlainNotice().body(""), NOT_CHECKED, aPlainNotice());
        example("DOC-BODY-BLANK-PAGE-NOTE", aPlainNotice().body("现将有关事项通知如下。特此通知。\n（此页无正文）"), "此页无正文",
                aPlainNotice().body("现将有关事项通知如下。特此通知。"));

        // 主送、抄送
        example("DOC-RECIPIENT-COLON", aPlainNotice().mainRecipients("各区人民政府", "市政府各部门:"), ":",
                aPlainNotice().mainRecipients("各区人民政府", "市政府各部门："));
        example("DOC-RECIPIENT-PUNCTUATION", aPlainNotice().mainRecipients("各区人民政府。", "市政府各部门"), "。",
                aPlainNotice().mainRecipients("各区人民政府", "市政府各部门"));
        example("DOC-COPY-RECIPIENT-PUNCTUATION", aPlainNotice().copyRecipients("市纪委监委,", "市审计局。"), ",",
                aPlainNotice().copyRecipients("市纪委监委", "市审计局。"));
        example("DOC-MAIN-RECIPIENT-DUPLICATE", aPlainNotice().mainRecipients("各区人民政府", "市政府各部门", "各区人民政府"),
                "各区人民政府", aPlainNotice().mainRecipients("各区人民政府", "市政府各部门"));
        example("DOC-COPY-RECIPIENT-DUPLICATE", aPlainNotice().copyRecipients("市审计局", "市审计局"), "市审计局",
                aPlainNotice().copyRecipients("市审计局", "市财政局"));
        example("DOC-RECIPIENT-MAIN-AND-COPY", aPlainNotice().copyRecipients("市政府各部门"), "市政府各部门",
                aPlainNotice().copyRecipients("市委办公室"));
        example("DOC-RECIPIENT-SELF", aPlainNotice().mainRecipients("各区人民政府", "某市人民政府办公室"), "某市人民政府办公室",
                aPlainNotice().mainRecipients("各区人民政府", "某市人民政府"));

        // 行文规则
        example("DOC-REQUEST-SINGLE-RECIPIENT", aCleanRequest().mainRecipients("某市人民政府", "某省市场监督管理局"),
                NOT_CHECKED, aCleanRequest().mainRecipients("某市人民政府"), "DOC-RECIPIENT-MAIN-AND-COPY");
        example("DOC-UPWARD-COPY-SUBORDINATE", aCleanRequest().copyRecipients("各区市场监督管理局"), "各区市场监督管理局",
                aCleanRequest().copyRecipients("某市财政局"));
        example("DOC-UPWARD-TO-LEADER", aCleanRequest().mainRecipients("李市长"), "李市长",
                aCleanRequest().mainRecipients("某市人民政府"));
        example("DOC-REQUEST-PEER-ORGAN", aCleanRequest().mainRecipients("某市发展和改革委员会"), "某市发展和改革委员会",
                aCleanRequest().mainRecipients("某省市场监督管理局").copyRecipients());
        example("DOC-DIRECTION-REQUEST-REPORT", aCleanRequest().direction(Direction.PARALLEL), "请示",
                aCleanRequest().direction(Direction.UPWARD));
        example("DOC-DIRECTION-REPLY", aCleanReply().direction(Direction.PARALLEL), "批复",
                aCleanReply().direction(Direction.DOWNWARD), "DOC-ADDRESS-FORM");

        // 文种用语
        example("DOC-REPORT-CONTAINS-REQUEST", aCleanReport().body("现将工作情况报告如下。妥否，请批示。"), "妥否，请批示",
                aCleanReport().body("现将工作情况报告如下。特此报告。"));
        example("DOC-REQUEST-ONE-MATTER", aCleanRequest().body("一、关于专项经费\n现申请专项经费。妥否，请批示。\n二、关于增加编制\n现申请增加编制。妥否，请批示。"),
                "妥否，请批示", aCleanRequest().body("一、关于专项经费\n现申请专项经费。\n二、经费用途\n用于抽检。\n妥否，请批示。"));
        example("DOC-REQUEST-CLOSING", aCleanRequest().body("为做好抽检工作，现申请专项经费200万元。"), NOT_CHECKED,
                aCleanRequest().body("为做好抽检工作，现申请专项经费200万元，请予批准。"));
        example("DOC-REQUEST-REPORT-CLOSING", aCleanRequest().body("现申请专项经费，请予批准。特此报告。"), "特此报告",
                aCleanRequest().body("现申请专项经费，请予批准。"));
        example("DOC-LETTER-INSTRUCTION-REQUEST", aCleanLetter().body("请贵局提供经费使用情况。妥否，请批示。"), "妥否，请批示",
                aCleanLetter().body("请贵局提供经费使用情况。请函复。"));
        example("DOC-REPLY-CITATION", aCleanReply().body("经研究，同意拨付专项经费。此复。"), NOT_CHECKED, aCleanReply());
        example("DOC-ADDRESS-FORM", aCleanRequest().body("你市申请的专项经费，妥否，请批示。"), "你市",
                aCleanReply().body("你局《关于申请经费的请示》（某市监发〔2026〕7号）收悉。你局要管好经费。此复。"));

        // 附件说明
        example("DOC-ATTACHMENT-NOTE-LABEL", aCleanRequest().attachmentNote("附件:工作方案"), "附件:",
                aCleanRequest().attachmentNote("附件：工作方案"));
        example("DOC-ATTACHMENT-NOTE-NUMBERING", aCleanRequest().attachmentNote("附件：1、工作方案\n2.经费预算表"), "1、",
                aCleanRequest().attachmentNote("附件：1.工作方案\n2.经费预算表"));
        example("DOC-ATTACHMENT-NAME-PUNCTUATION", aCleanRequest().attachmentNote("附件：1.工作方案；\n2.经费预算表"), "；",
                aCleanRequest().attachmentNote("附件：1.工作方案\n2.经费预算表"));
        example("DOC-ATTACHMENT-NOTE-SEQUENCE", aCleanRequest().attachmentNote("附件：1.工作方案\n3.经费预算表"), "3.",
                aCleanRequest().attachmentNote("附件：1.工作方案\n2.经费预算表"));
        example("DOC-ATTACHMENT-NOTE-SINGLE-NUMBERED", aCleanRequest().attachmentNote("附件：1.工作方案"), "1.",
                aCleanRequest().attachmentNote("附件：工作方案"));
        example("DOC-ATTACHMENT-NOTE-UNNUMBERED", aCleanRequest().attachmentNote("附件：工作方案\n经费预算表")
                        .attachments("工作方案", "经费预算表"), NOT_CHECKED,
                aCleanRequest().attachmentNote("附件：1.工作方案\n2.经费预算表").attachments("工作方案", "经费预算表"));
        example("DOC-ATTACHMENT-NOTE-MISSING", aCleanRequest().attachmentNote(null).attachments("工作方案"), NOT_CHECKED,
                aCleanRequest().attachmentNote(null));
        example("DOC-ATTACHMENT-NOT-ATTACHED", aCleanRequest().attachmentNote("附件：1.工作方案\n2.经费预算表")
                        .attachments("工作方案"), "经费预算表",
                aCleanRequest().attachmentNote("附件：1.工作方案\n2.经费预算表").attachments("工作方案", "《经费预算表》"));
        example("DOC-ATTACHMENT-NOT-LISTED", aCleanRequest().attachmentNote("附件：工作方案")
                        .attachments("工作方案", "经费预算表"), NOT_CHECKED,
                aCleanRequest().attachmentNote("附件：工作方案").attachments("工作方案"), "DOC-ATTACHMENT-NOTE-UNNUMBERED");
        example("DOC-ATTACHMENT-ORDER", aCleanRequest().attachmentNote("附件：1.经费预算表\n2.工作方案")
                        .attachments("工作方案", "经费预算表"), "经费预算表",
                aCleanRequest().attachmentNote("附件：1.工作方案\n2.经费预算表").attachments("工作方案", "经费预算表"));
        example("DOC-ATTACHMENT-NOTE-IN-BODY", aCleanRequest().attachmentNote(null).body("现申请专项经费。妥否，请批示。\n附件：工作方案"),
                "附件：工作方案", aCleanRequest().attachmentNote("附件：工作方案").body("现申请专项经费。妥否，请批示。"));

        // 结构层次序数
        example("DOC-HEADING-L1-MARK", aPlainNotice().body("现通知如下。\n一．加强值班\n二、做好检查\n特此通知。"), "．",
                aPlainNotice().body("现通知如下。\n一、加强值班\n二、做好检查\n特此通知。"));
        example("DOC-HEADING-L2-MARK", aPlainNotice().body("一、加强值班\n（一）、落实人员\n（二）落实经费"), "、",
                aPlainNotice().body("一、加强值班\n（一）落实人员\n（二）落实经费"));
        example("DOC-HEADING-L3-MARK", aPlainNotice().body("一、加强值班\n1、落实人员\n2.落实经费"), "、",
                aPlainNotice().body("一、加强值班\n1.落实人员\n2.落实经费"));
        example("DOC-HEADING-L4-MARK", aPlainNotice().body("一、加强值班\n（1）、落实人员\n（2）落实经费"), "、",
                aPlainNotice().body("一、加强值班\n（1）落实人员\n（2）落实经费"));
        example("DOC-HEADING-BRACKETS", aPlainNotice().body("一、加强值班\n(一)落实人员\n（二）落实经费"), "(一)",
                aPlainNotice().body("一、加强值班\n（一）落实人员\n（二）落实经费"));
        example("DOC-HEADING-SPECIAL-CHARACTER", aPlainNotice().body("一、加强值班\n⑴落实人员\n⑵落实经费"), "⑴",
                aPlainNotice().body("一、加强值班\n（1）落实人员\n（2）落实经费"));
        example("DOC-HEADING-SEQUENCE", aPlainNotice().body("一、加强值班\n三、做好检查"), "三、",
                aPlainNotice().body("一、加强值班\n1.落实人员\n二、做好检查\n1.检查范围"));
        example("DOC-HEADING-ORDER", aPlainNotice().body("一、加强值班\n1.落实人员\n（一）落实经费"), "（一）",
                aPlainNotice().body("一、加强值班\n（一）落实人员\n1.值班表\n（二）落实经费"));

        // 用词
        example("DOC-JIEZHI-BEFORE-TIME", aCleanReport().body("截止2026年11月30日，共完成抽检1200批次。特此报告。"), "截止",
                aCleanReport().body("截至2026年11月30日，共完成抽检1200批次。报名于12月5日截止。特此报告。"));
        example("DOC-JIEZHI-WITHOUT-TIME", aCleanReport().body("报名截至日期为12月5日。特此报告。"), "截至",
                aCleanReport().body("报名截止日期为12月5日。特此报告。"));
        example("DOC-QITA-PEOPLE", aCleanReport().body("其它人员按原方案执行。特此报告。"), "其它",
                aCleanReport().body("其他人员按原方案执行。特此报告。"));
        example("DOC-QITA", aCleanReport().body("其它事项按原方案执行。特此报告。"), "其它",
                aCleanReport().body("其他事项按原方案执行。特此报告。"));
        example("DOC-WRONG-WORD", aCleanReport().body("各单位要再接再砺，做好抽检工作。特此报告。"), "再接再砺",
                aCleanReport().body("各单位要再接再厉，统一商品标识，做好抽检工作。特此报告。"));
        example("DOC-SENSITIVE-WORD", aCleanReport().body("为瞎子提供无障碍服务。特此报告。"), "瞎子",
                aCleanReport().body("为盲人提供无障碍服务。特此报告。"));

        // 标点符号
        example("DOC-PUNCT-HALF-WIDTH", aCleanReport().body("现将情况报告如下:全年完成抽检。特此报告。"), ":",
                aCleanReport().body("现将情况报告如下：全年完成抽检，时间为9:30。特此报告。"));
        example("DOC-PUNCT-ELLIPSIS", aCleanReport().body("抽检覆盖粮食、蔬菜...特此报告。"), "...",
                aCleanReport().body("抽检覆盖粮食、蔬菜……特此报告。"));
        example("DOC-PUNCT-DOUBLED", aCleanReport().body("抽检覆盖粮食，，蔬菜。特此报告。"), "，，",
                aCleanReport().body("抽检覆盖粮食，蔬菜。特此报告。"));
        example("DOC-PUNCT-DUN-BETWEEN-MARKS", aCleanReport().body("依据《食品安全法》、《产品质量法》开展抽检。特此报告。"), "、",
                aCleanReport().body("依据《食品安全法》《产品质量法》开展抽检。特此报告。"));
        example("DOC-PUNCT-BEFORE-DENG", aCleanReport().body("抽检覆盖粮食、蔬菜、等品类。特此报告。"), "、",
                aCleanReport().body("抽检覆盖粮食、蔬菜等品类，评为一等、二等等次。特此报告。"));
        example("DOC-PUNCT-UNBALANCED", aCleanReport().body("依据《食品安全法开展抽检。特此报告。"), "《",
                aCleanReport().body("依据《食品安全法》开展抽检（含复检）。特此报告。"));

        // 数字用法
        example("DOC-PERCENT-RANGE", aCleanReport().body("合格率为63～68%。特此报告。"), "63～68%",
                aCleanReport().body("合格率为63%～68%。特此报告。"));
        example("DOC-VALUE-RANGE-DASH", aCleanReport().body("合格率为63%-68%。特此报告。"), "-",
                aCleanReport().body("合格率为63%～68%。特此报告。"));
        example("DOC-YEAR-RANGE-DASH", aCleanReport().body("2021-2025年共完成抽检。特此报告。"), "-",
                aCleanReport().body("2021—2025年共完成抽检。特此报告。"));
        example("DOC-YEAR-ABBREVIATED", aCleanReport().body("26年11月完成抽检。特此报告。"), "26",
                aCleanReport().body("2026年11月完成抽检，保密期限为10年。特此报告。"));
        example("DOC-YEAR-ZERO", aCleanReport().body("二0二六年完成抽检。特此报告。"), "二0二六",
                aCleanReport().body("二〇二六年完成抽检。特此报告。"));
        example("DOC-FULL-WIDTH-DIGITS", aCleanReport().body("全年完成抽检１２００批次。特此报告。"), "１２００",
                aCleanReport().body("全年完成抽检1200批次。特此报告。"));
    }
}
