package org.zhiban.document.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;

class DocxLayoutTest {

    private final DocumentLayout layout = new DocumentLayout(LayoutFontsProperties.defaults());

    @Test
    void the_section_is_a4_with_the_gbt9704_margins_and_a_22_by_28_grid() throws IOException {
        try (XWPFDocument doc = read(layout.docx(LayoutDocuments.aNotice()))) {
            CTSectPr section = doc.getDocument().getBody().getSectPr();
            assertThat(mm(section.getPgSz().getW())).isEqualTo(210);
            assertThat(mm(section.getPgSz().getH())).isEqualTo(297);
            assertThat(mm(section.getPgMar().getTop())).isEqualTo(37);
            assertThat(mm(section.getPgMar().getBottom())).isEqualTo(35);
            assertThat(mm(section.getPgMar().getLeft())).isEqualTo(28);
            assertThat(mm(section.getPgMar().getRight())).isEqualTo(26);
            assertThat(section.getDocGrid().getType()).isEqualTo(STDocGrid.LINES_AND_CHARS);
            // 225 mm / 22 lines, and the −848/4096 pt that squeezes 28 三号 characters into 156 mm
            assertThat(section.getDocGrid().getLinePitch()).isEqualTo(BigInteger.valueOf(580));
            assertThat(section.getDocGrid().getCharSpace()).isEqualTo(BigInteger.valueOf(-848));
        }
    }

    @Test
    void the_number_is_centred_fangsong_sanhao_with_the_red_line_4mm_under_it() throws IOException {
        try (XWPFDocument doc = read(layout.docx(LayoutDocuments.aNotice()))) {
            XWPFParagraph number = paragraph(doc, LayoutDocuments.NUMBER);
            assertThat(number.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
            XWPFRun run = number.getRuns().get(0);
            assertThat(run.getFontSizeAsDouble()).isEqualTo(16.0);
            assertThat(eastAsia(run)).isEqualTo("仿宋_GB2312");
            CTBorder line = number.getCTP().getPPr().getPBdr().getBottom();
            assertThat(line.xgetColor().getStringValue()).isEqualTo("FF0000");
            assertThat(line.getSpace()).as("points between text and line: 4 mm").isEqualTo(BigInteger.valueOf(11));

            XWPFParagraph mark = paragraph(doc, "××市人民政府文件");
            assertThat(mark.getRuns().get(0).getColor()).isEqualTo("FF0000");
            assertThat(eastAsia(mark.getRuns().get(0))).isEqualTo("方正小标宋简体");
            assertThat(doc.getParagraphs().indexOf(mark)).isLessThan(doc.getParagraphs().indexOf(number));
        }
    }

    @Test
    void title_headings_and_body_take_the_faces_and_indents_of_7_3() throws IOException {
        try (XWPFDocument doc = read(layout.docx(LayoutDocuments.aNotice()))) {
            XWPFParagraph title = paragraph(doc, "××市人民政府关于");
            assertThat(title.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(22.0);
            assertThat(eastAsia(title.getRuns().get(0))).isEqualTo("方正小标宋简体");
            assertThat(eastAsia(paragraph(doc, "一、总体要求").getRuns().get(0))).isEqualTo("黑体");
            XWPFParagraph second = paragraph(doc, "（一）压实工作责任。");
            assertThat(eastAsia(second.getRuns().get(0))).isEqualTo("楷体_GB2312");
            assertThat(second.getRuns().get(0).text()).isEqualTo("（一）压实工作责任。");
            assertThat(eastAsia(second.getRuns().get(1))).isEqualTo("仿宋_GB2312");
            assertThat(second.getCTP().getPPr().getInd().getFirstLineChars()).isEqualTo(BigInteger.valueOf(200));
            XWPFParagraph date = paragraph(doc, "2024年3月5日");
            assertThat(date.getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
            assertThat(date.getCTP().getPPr().getInd().getRightChars()).isEqualTo(BigInteger.valueOf(400));
        }
    }

    @Test
    void odd_pages_number_right_and_even_pages_left_with_a_page_field() throws IOException {
        try (XWPFDocument doc = read(layout.docx(LayoutDocuments.aNotice()))) {
            XWPFFooter odd = doc.getHeaderFooterPolicy().getDefaultFooter();
            XWPFFooter even = doc.getHeaderFooterPolicy().getEvenPageFooter();
            assertThat(odd.getParagraphs().get(0).getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
            assertThat(even.getParagraphs().get(0).getAlignment()).isEqualTo(ParagraphAlignment.LEFT);
            for (XWPFFooter footer : List.of(odd, even)) {
                XWPFParagraph p = footer.getParagraphs().get(0);
                assertThat(p.getCTP().xmlText()).contains("PAGE").contains("fldChar");
                assertThat(p.getText()).startsWith("— ").endsWith(" —");
                assertThat(eastAsia(p.getRuns().get(0))).isEqualTo("宋体");
                assertThat(p.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(14.0);
            }
            assertThat(doc.getSettings().getEvenAndOddHeadings()).isTrue();
        }
    }

    @Test
    void the_colophon_is_framed_at_the_foot_with_thick_and_thin_rules() throws IOException {
        try (XWPFDocument doc = read(layout.docx(LayoutDocuments.aNotice()))) {
            XWPFParagraph copyTo = paragraph(doc, "抄送：市委各部门");
            XWPFParagraph printed = paragraph(doc, "××市人民政府办公室");
            assertThat(copyTo.getCTP().getPPr().getFramePr().getYAlign().toString()).isEqualTo("bottom");
            assertThat(copyTo.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(14.0);
            assertThat(copyTo.getText()).endsWith("市检察院。");
            assertThat(copyTo.getCTP().getPPr().getPBdr().getTop().getSz()).isEqualTo(BigInteger.valueOf(8));
            assertThat(printed.getCTP().getPPr().getPBdr().getTop().getSz()).isEqualTo(BigInteger.valueOf(6));
            assertThat(printed.getCTP().getPPr().getPBdr().getBottom().getSz()).isEqualTo(BigInteger.valueOf(8));
            assertThat(printed.getText()).contains("2024年3月6日印发");
        }
    }

    @Test
    void the_properties_say_fonts_are_named_and_which_fallback_pdf_and_ofd_use() throws IOException {
        try (XWPFDocument doc = read(layout.docx(LayoutDocuments.aNotice()))) {
            var custom = doc.getProperties().getCustomProperties();
            assertThat(custom.getProperty("Fonts").getLpwstr()).contains("by name", "WenQuanYi Zen Hei", "fallback");
            assertThat(custom.getProperty("FontFallback").getBool()).isTrue();
        }
    }

    @Test
    void an_upward_request_puts_the_number_left_and_the_signers_right_in_kaiti() throws IOException {
        try (XWPFDocument doc = read(layout.docx(LayoutDocuments.aRequest()))) {
            XWPFParagraph last = paragraph(doc, "×政〔2024〕12号");
            assertThat(last.getCTP().getPPr().getInd().getLeftChars()).isEqualTo(BigInteger.valueOf(100));
            assertThat(last.getText()).contains("赵某某");
            XWPFParagraph first = paragraph(doc, "\t签发人：");
            XWPFRun names = first.getRuns().get(first.getRuns().size() - 1);
            assertThat(names.text()).isEqualTo("王某某　李某某");
            assertThat(eastAsia(names)).isEqualTo("楷体_GB2312");
            assertThat(last.getCTP().getPPr().getPBdr().getBottom().xgetColor().getStringValue()).isEqualTo("FF0000");
        }
    }

    @Test
    void a_letter_has_no_page_number_on_its_first_page() throws IOException {
        try (XWPFDocument doc = read(layout.docx(LayoutDocuments.aLetter()))) {
            assertThat(doc.getDocument().getBody().getSectPr().isSetTitlePg()).isTrue();
            XWPFFooter first = doc.getHeaderFooterPolicy().getFirstPageFooter();
            assertThat(first.getText()).isBlank();
            assertThat(doc.getFooterList()).hasSize(3);
            assertThat(doc.getHeaderFooterPolicy().getFooter(2)).isNotSameAs(first);
            assertThat(HeaderFooterType.FIRST).isNotNull();
        }
    }

    static XWPFDocument read(byte[] docx) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(docx));
    }

    static XWPFParagraph paragraph(XWPFDocument doc, String starting) {
        return doc.getParagraphs().stream().filter(p -> p.getText().startsWith(starting)).findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph starting " + starting));
    }

    static String eastAsia(XWPFRun run) {
        return run.getCTR().getRPr().getRFontsArray(0).getEastAsia();
    }

    private static long mm(Object twips) {
        return Math.round(((BigInteger) twips).doubleValue() * 25.4 / 1440);
    }
}
