package org.zhiban.document.layout;

import org.springframework.stereotype.Service;

/**
 * 排版: lays a 公文 out by GB/T 9704-2012 as DOCX, OFD or PDF. The composition (which element goes where,
 * in which face) is shared; OFD and PDF also share one line-broken, paginated layout, so they match to the
 * character.
 */
@Service
public class DocumentLayout {

    private final LayoutFontsProperties fonts;

    public DocumentLayout(LayoutFontsProperties fonts) {
        this.fonts = fonts;
    }

    public byte[] render(LayoutDocument document, LayoutFormat format) {
        Composition composition = Composer.compose(document);
        ResolvedFonts resolved = new ResolvedFonts(fonts);
        return switch (format) {
            case DOCX -> DocxWriter.write(composition, resolved, document.title());
            case OFD -> OfdWriter.write(FixedLayout.lay(composition), resolved, document.title());
            case PDF -> PdfWriter.write(FixedLayout.lay(composition), resolved, document.title());
        };
    }

    public byte[] docx(LayoutDocument document) {
        return render(document, LayoutFormat.DOCX);
    }

    public byte[] ofd(LayoutDocument document) {
        return render(document, LayoutFormat.OFD);
    }

    public byte[] pdf(LayoutDocument document) {
        return render(document, LayoutFormat.PDF);
    }
}
