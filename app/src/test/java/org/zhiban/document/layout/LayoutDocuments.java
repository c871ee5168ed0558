package org.zhiban.document.layout;

import java.time.LocalDate;
import java.util.List;

import org.zhiban.document.layout.LayoutDocument.Attendance;
import org.zhiban.document.layout.LayoutDocument.Format;
import org.zhiban.document.layout.LayoutDocument.Seal;

/** Documents to lay out: a clean 红头文件 and variants of it, one difference each. */
final class LayoutDocuments {

    static final String NUMBER = "京政发〔2024〕3号";
    static final String TITLE = "××市人民政府关于进一步加强城市道路交通安全管理工作的通知";

    private LayoutDocuments() {
    }

    static LayoutDocument aNotice() {
        return new LayoutDocument(Format.DOCUMENT, "000123", "秘密", "1年", "特急", "××市人民政府文件", NUMBER,
                List.of(), TITLE, "各区人民政府，市政府各部门", body(3), List.of("××市道路交通安全检查重点清单"),
                "××市人民政府", LocalDate.of(2024, 3, 5), Seal.PLACEHOLDER, "此件公开发布",
                List.of("市委各部门", "市人大常委会办公厅", "市政协办公厅", "市法院", "市检察院"),
                "××市人民政府办公室", LocalDate.of(2024, 3, 6), Attendance.NONE);
    }

    static LayoutDocument withBody(LayoutDocument doc, String body) {
        return new LayoutDocument(doc.format(), doc.copyNumber(), doc.secrecy(), doc.secrecyPeriod(),
                doc.urgency(), doc.issuerMark(), doc.documentNumber(), doc.signers(), doc.title(),
                doc.mainRecipients(), body, doc.attachments(), doc.issuerSignature(), doc.dateOfIssue(), doc.seal(),
                doc.note(), doc.copyTo(), doc.printingOrgan(), doc.printingDate(), doc.attendance());
    }

    static LayoutDocument aRequest() {
        return new LayoutDocument(Format.DOCUMENT, null, null, null, null, "××县人民政府文件", "×政〔2024〕12号",
                List.of("王某某", "李某某", "赵某某"), "××县人民政府关于申请农村公路建设补助资金的请示",
                "××市人民政府", body(1), List.of(), "××县人民政府", LocalDate.of(2024, 11, 20), Seal.NONE,
                "联系人：张某某，电话：0000-12345678", List.of(), "××县人民政府办公室", LocalDate.of(2024, 11, 20),
                Attendance.NONE);
    }

    static LayoutDocument aLetter() {
        return new LayoutDocument(Format.LETTER, null, null, null, "加急", "××市人民政府办公室", "×政办函〔2024〕8号",
                List.of(), "××市人民政府办公室关于商请支持开展联合执法检查的函", "××省市场监督管理局", body(2), List.of(),
                "××市人民政府办公室", LocalDate.of(2024, 6, 18), Seal.NONE, null, List.of("市市场监督管理局"), null,
                null, Attendance.NONE);
    }

    static LayoutDocument aMinutes() {
        return new LayoutDocument(Format.MINUTES, null, null, null, null, "××市人民政府常务会议纪要", "第5期",
                List.of(), "市政府第十二次常务会议纪要", null,
                "2024年5月10日，市长×××主持召开市政府第十二次常务会议，研究了以下事项。\n一、关于城市更新工作。会议听取了市住房城乡建设局的汇报。\n二、关于安全生产工作。会议要求各部门压实责任。",
                List.of(), null, null, Seal.NONE, null, List.of("市委办公室"), "××市人民政府办公室",
                LocalDate.of(2024, 5, 11),
                new Attendance(List.of("×××", "×××", "×××", "×××"), List.of("×××"), List.of("市发展改革委", "市财政局")));
    }

    /** A body with headings of every level and paragraphs that wrap; {@code sections} sets its length. */
    static String body(int sections) {
        StringBuilder body = new StringBuilder(
                "为深入贯彻落实《中华人民共和国道路交通安全法》，切实加强我市城市道路交通安全管理，有效预防和减少道路交通事故，现就有关事项通知如下。\n");
        String[] numerals = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
        for (int i = 0; i < sections; i++) {
            body.append(numerals[i]).append("、总体要求\n");
            body.append("（一）压实工作责任。各区人民政府要切实履行属地管理责任，主要负责同志要亲自研究部署，分管负责同志要具体抓好落实，确保2024年12月31日前完成各项任务。\n");
            body.append("1. 建立健全工作机制，定期召开联席会议，研究解决突出问题。\n");
            body.append("（1）加强部门协作配合，形成工作合力，推动各项措施落地见效。\n");
        }
        return body.toString();
    }
}
