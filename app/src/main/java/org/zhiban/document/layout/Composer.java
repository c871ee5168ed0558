package org.zhiban.document.layout;

import static org.zhiban.document.layout.Composition.Align.CENTER;
import static org.zhiban.document.layout.Composition.Align.LEFT;
import static org.zhiban.document.layout.Composition.Align.RIGHT;

import java.util.ArrayList;
import java.util.List;

import org.zhiban.document.layout.Composition.Block;
import org.zhiban.document.layout.Composition.Colophon;
import org.zhiban.document.layout.Composition.Kind;
import org.zhiban.document.layout.Composition.Masthead;
import org.zhiban.document.layout.Composition.Span;
import org.zhiban.document.layout.LayoutDocument.Format;

/** Decides the elements, their order, typefaces and indents (GB/T 9704 clauses 7 and 10). */
final class Composer {

    /** 二号 characters that fit the 版心 width. */
    static final int TITLE_CHARS_PER_LINE = (int) (Gbt9704.BLOCK_WIDTH / Gbt9704.mm(Gbt9704.SIZE_2));

    private Composer() {
    }

    static Composition compose(LayoutDocument doc) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(block(Kind.TITLE, List.of(new Span(FontRole.XIAOBIAOSONG,
                String.join("\n", TitleLines.split(doc.title(), TITLE_CHARS_PER_LINE)))),
                Gbt9704.SIZE_2, CENTER, 0, 0, 0, 0, false));
        boolean addressed = present(doc.mainRecipients());
        if (addressed) {
            String to = doc.mainRecipients().strip();
            blocks.add(plain(Kind.ADDRESSEE, to.endsWith("：") ? to : to + "：", LEFT, 0, 0, 0, 1));
        }
        blocks.addAll(BodyParagraphs.of(doc.body(), addressed ? 0 : 1));
        blocks.addAll(attachmentNote(doc.attachments()));
        blocks.addAll(SignatureBlock.of(doc));
        if (present(doc.note())) {
            String note = doc.note().strip();
            note = note.startsWith("（") ? note : "（" + note + "）";
            blocks.add(plain(Kind.NOTE, note, LEFT, 2, 0, 0, 0));
        }
        blocks.addAll(attendance(doc.attendance()));
        return new Composition(doc.format(), masthead(doc), blocks, colophon(doc),
                doc.seal() == LayoutDocument.Seal.PLACEHOLDER);
    }

    private static Masthead masthead(LayoutDocument doc) {
        String secrecy = null;
        if (present(doc.secrecy())) {
            secrecy = present(doc.secrecyPeriod()) ? doc.secrecy() + "★" + doc.secrecyPeriod() : doc.secrecy();
        }
        return new Masthead(doc.copyNumber(), secrecy, blankToNull(doc.urgency()), doc.issuerMark(),
                blankToNull(doc.documentNumber()), doc.signers());
    }

    /** 7.3.4: "附件：" two characters in; several attachments numbered, wrapped names under the name's first character. */
    private static List<Block> attachmentNote(List<String> attachments) {
        List<Block> blocks = new ArrayList<>();
        double label = LineBreaker.cells("附件：");
        if (attachments.size() == 1) {
            blocks.add(plain(Kind.ATTACHMENT, "附件：" + attachments.get(0), LEFT, 2, 2 + label, 0, 1));
            return blocks;
        }
        for (int i = 0; i < attachments.size(); i++) {
            String number = (i + 1) + ". ";
            double first = i == 0 ? 2 : 2 + label;
            String text = (i == 0 ? "附件：" : "") + number + attachments.get(i);
            blocks.add(plain(Kind.ATTACHMENT, text, LEFT, first, 2 + label + LineBreaker.cells(number), 0,
                    i == 0 ? 1 : 0));
        }
        return blocks;
    }

    /** 10.3: 出席, 请假, 列席 in 黑体, names in 仿宋 aligned after the colon, one blank line below the body. */
    private static List<Block> attendance(LayoutDocument.Attendance attendance) {
        List<Block> blocks = new ArrayList<>();
        addAttendance(blocks, "出席：", attendance.present());
        addAttendance(blocks, "请假：", attendance.onLeave());
        addAttendance(blocks, "列席：", attendance.attending());
        return blocks;
    }

    private static void addAttendance(List<Block> blocks, String label, List<String> names) {
        if (names.isEmpty()) {
            return;
        }
        List<Span> spans = List.of(new Span(FontRole.HEITI, label),
                new Span(FontRole.FANGSONG, String.join("、", names)));
        blocks.add(block(Kind.ATTENDANCE, spans, Gbt9704.SIZE_3, LEFT, 2, 2 + LineBreaker.cells(label), 0,
                blocks.isEmpty() ? 1 : 0, false));
    }

    private static Colophon colophon(LayoutDocument doc) {
        String copyTo = doc.copyTo().isEmpty() ? null : "抄送：" + String.join("，", doc.copyTo()) + "。";
        if (doc.format() == Format.LETTER) {
            return new Colophon(copyTo, null, null, false);
        }
        String printed = doc.printingDate() == null ? null : ChineseDates.format(doc.printingDate()) + "印发";
        return new Colophon(copyTo, blankToNull(doc.printingOrgan()), printed, true);
    }

    static Block plain(Kind kind, String text, Composition.Align align, double firstIndent, double indent,
                       double rightIndent, int blankLinesBefore) {
        return block(kind, List.of(new Span(FontRole.FANGSONG, text)), Gbt9704.SIZE_3, align, firstIndent, indent,
                rightIndent, blankLinesBefore, false);
    }

    static Block block(Kind kind, List<Span> spans, double size, Composition.Align align, double firstIndent,
                       double indent, double rightIndent, int blankLinesBefore, boolean keepWithPrevious) {
        return new Block(kind, spans, size, align, firstIndent, indent, rightIndent, blankLinesBefore,
                keepWithPrevious);
    }

    static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    private static String blankToNull(String text) {
        return present(text) ? text.strip() : null;
    }
}
