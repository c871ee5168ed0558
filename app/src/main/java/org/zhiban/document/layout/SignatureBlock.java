package org.zhiban.document.layout;

import java.util.ArrayList;
import java.util.List;

import org.zhiban.document.layout.Composition.Align;
import org.zhiban.document.layout.Composition.Block;
import org.zhiban.document.layout.Composition.Kind;
import org.zhiban.document.layout.Composition.Span;

/**
 * 发文机关署名 and 成文日期 (GB/T 9704 7.3.5). With a seal: the date four characters from the right, the
 * 署名 centred over it, two blank lines above so the seal's top stays within a line of the text. Without a
 * seal: one blank line, the 署名 two characters from the right, the date shifted two characters right of the
 * 署名's first character — or, when the date is the longer, the date two from the right and the 署名 moved in.
 */
final class SignatureBlock {

    private SignatureBlock() {
    }

    static List<Block> of(LayoutDocument doc) {
        List<Block> blocks = new ArrayList<>();
        String signature = Composer.present(doc.issuerSignature()) ? doc.issuerSignature().strip() : null;
        String date = doc.dateOfIssue() == null ? null : ChineseDates.format(doc.dateOfIssue());
        if (signature == null && date == null) {
            return blocks;
        }
        double sig = signature == null ? 0 : LineBreaker.cells(signature);
        double day = date == null ? 0 : LineBreaker.cells(date);
        double sigRight;
        double dateRight;
        int blank;
        if (doc.seal() == LayoutDocument.Seal.PLACEHOLDER) {
            dateRight = 4;
            sigRight = 4 + (day - sig) / 2;
            blank = 2;
        } else if (sig - day >= 2) {
            sigRight = 2;
            dateRight = sig - day;
            blank = 1;
        } else {
            dateRight = 2;
            sigRight = day + 4 - sig;
            blank = 1;
        }
        if (signature != null) {
            blocks.add(line(Kind.SIGNATURE, signature, Math.max(0, sigRight), blank));
        }
        if (date != null) {
            blocks.add(line(Kind.DATE, date, Math.max(0, dateRight), signature == null ? blank : 0));
        }
        return blocks;
    }

    private static Block line(Kind kind, String text, double rightIndent, int blank) {
        return new Block(kind, List.of(new Span(FontRole.FANGSONG, text)), Gbt9704.SIZE_3, Align.RIGHT, 0, 0,
                rightIndent, blank, true);
    }
}
