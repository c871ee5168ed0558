package org.zhiban.document.layout;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.fontbox.ttf.TTFSubsetter;
import org.dom4j.DocumentException;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.ofdrw.core.basicStructure.ofd.docInfo.CT_DocInfo;
import org.ofdrw.core.basicStructure.ofd.docInfo.CustomDatas;
import org.ofdrw.core.basicStructure.pageObj.layer.PageBlockType;
import org.ofdrw.core.basicStructure.pageObj.layer.block.TextObject;
import org.ofdrw.core.text.TextCode;
import org.ofdrw.font.Font;
import org.ofdrw.layout.OFDDoc;
import org.ofdrw.layout.PageLayout;
import org.ofdrw.layout.VirtualPage;
import org.ofdrw.layout.element.Position;
import org.ofdrw.layout.element.canvas.Canvas;
import org.ofdrw.layout.element.canvas.DrawContext;
import org.ofdrw.layout.element.canvas.FontSetting;

/**
 * Draws laid-out sheets into OFD with ofdrw: one full-page canvas per sheet, A4 with the GB/T 9704 margins as
 * the page layout. Fonts are embedded as subsets (fontbox's subsetter), since a TTC cannot go into an OFD
 * package and the whole CJK font would weigh megabytes.
 */
final class OfdWriter {

    /** The outline font and its metrics; embedded bitmaps (EBDT, a third of WenQuanYi) are left out. */
    private static final List<String> OUTLINE_TABLES = List.of("head", "hhea", "loca", "maxp", "cvt ", "prep",
            "glyf", "hmtx", "fpgm", "gasp", "cmap", "name", "OS/2", "post");

    private OfdWriter() {
    }

    static byte[] write(List<Sheet> sheets, ResolvedFonts fonts, String title) {
        fonts.requireFiles();
        Path workDir = null;
        try (FontFiles files = new FontFiles()) {
            workDir = Files.createTempDirectory("zhiban-ofd-fonts");
            Map<FontRole, TrueTypeFont> metrics = new EnumMap<>(FontRole.class);
            for (FontRole role : FontRole.values()) {
                metrics.put(role, files.load(fonts.get(role)));
            }
            Map<FontRole, Font> embedded = subsets(sheets, fonts, metrics, workDir);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (OFDDoc ofd = new OFDDoc(out)) {
                PageLayout a4 = pageLayout();
                ofd.setDefaultPageLayout(a4);
                for (Sheet sheet : sheets) {
                    VirtualPage page = new VirtualPage(a4);
                    Canvas canvas = new Canvas(Gbt9704.PAGE_WIDTH, Gbt9704.PAGE_HEIGHT);
                    canvas.setPosition(Position.Absolute).setX(0d).setY(0d);
                    canvas.setDrawer(ctx -> draw(ctx, canvas, sheet, embedded, metrics));
                    page.add(canvas);
                    ofd.addVPage(page);
                }
                properties(ofd, fonts, title);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("OFD layout failed", e);
        } finally {
            deleteQuietly(workDir);
        }
    }

    /** A4 with 天头 37, 订口 28, and the bottom and right margins that make the 156 × 225 mm 版心. */
    static PageLayout pageLayout() {
        PageLayout a4 = new PageLayout(Gbt9704.PAGE_WIDTH, Gbt9704.PAGE_HEIGHT);
        a4.setMarginTop(Gbt9704.TOP);
        a4.setMarginLeft(Gbt9704.LEFT);
        a4.setMarginBottom(Gbt9704.BOTTOM);
        a4.setMarginRight(Gbt9704.RIGHT);
        return a4;
    }

    private static void draw(DrawContext ctx, Canvas canvas, Sheet sheet, Map<FontRole, Font> fonts,
                             Map<FontRole, TrueTypeFont> metrics) throws IOException {
        for (Sheet.Rule rule : sheet.rules()) {
            ctx.beginPath();
            ctx.moveTo(rule.x1(), rule.y());
            ctx.lineTo(rule.x2(), rule.y());
            ctx.setLineWidth(rule.thickness());
            setStroke(ctx, rule.red());
            ctx.stroke();
        }
        for (Sheet.SealMark seal : sheet.seals()) {
            ctx.save();
            ctx.beginPath();
            ctx.arc(seal.centerX(), seal.centerY(), seal.radius(), 0, 360);
            ctx.setLineWidth(0.6);
            ctx.setLineDash(2.0, 1.4);
            setStroke(ctx, true);
            ctx.stroke();
            ctx.restore();
        }
        for (Sheet.Text text : sheet.texts()) {
            ctx.setFont(new FontSetting(Gbt9704.mm(text.sizePt()), fonts.get(text.font())));
            if (text.red()) {
                ctx.setFillColor(255, 0, 0);
            } else {
                ctx.setFillColor(0, 0, 0);
            }
            ctx.fillText(text.text(), text.x(), text.baseline());
            placeOnGrid(canvas, text, GlyphPositions.starts(text, metrics.get(text.font())));
        }
    }

    /**
     * fillText spaces characters by ofdrw's own measure; the grid's positions replace it, so OFD and PDF put
     * every character in the same place.
     */
    private static void placeOnGrid(Canvas canvas, Sheet.Text text, double[] starts) {
        List<PageBlockType> blocks = canvas.getPreferBlock().getPageBlocks();
        TextObject object = (TextObject) blocks.get(blocks.size() - 1);
        TextCode code = object.getTextCodes().get(0);
        code.setX(round(starts[0]));
        code.setY(text.baseline());
        if (starts.length > 1) {
            Double[] deltas = new Double[starts.length - 1];
            for (int i = 0; i < deltas.length; i++) {
                deltas[i] = round(starts[i + 1] - starts[i]);
            }
            code.setDeltaX(deltas);
        }
    }

    private static double round(double mm) {
        return Math.round(mm * 1000) / 1000.0;
    }

    private static void setStroke(DrawContext ctx, boolean red) {
        if (red) {
            ctx.setStrokeColor(255, 0, 0);
        } else {
            ctx.setStrokeColor(0, 0, 0);
        }
    }

    /** One subset per font file actually used, holding every character any role drawn with it needs. */
    private static Map<FontRole, Font> subsets(List<Sheet> sheets, ResolvedFonts fonts,
                                               Map<FontRole, TrueTypeFont> byRole, Path workDir) throws IOException {
        Map<TrueTypeFont, Set<Integer>> used = new HashMap<>();
        for (Sheet sheet : sheets) {
            for (Sheet.Text text : sheet.texts()) {
                Set<Integer> set = used.computeIfAbsent(byRole.get(text.font()), key -> new TreeSet<>());
                text.text().codePoints().forEach(set::add);
            }
        }
        Map<TrueTypeFont, Font> written = new HashMap<>();
        Map<FontRole, Font> result = new EnumMap<>(FontRole.class);
        List<FontRole> roles = new ArrayList<>(byRole.keySet());
        for (FontRole role : roles) {
            TrueTypeFont ttf = byRole.get(role);
            Font font = written.get(ttf);
            if (font == null) {
                String face = fonts.get(role).face();
                Path file = workDir.resolve("font" + written.size() + ".ttf");
                TTFSubsetter subsetter = new TTFSubsetter(ttf, OUTLINE_TABLES);
                subsetter.addAll(used.getOrDefault(ttf, Set.of((int) '　')));
                try (OutputStream out = Files.newOutputStream(file)) {
                    subsetter.writeToStream(out);
                }
                font = new Font(face, face, file);
                written.put(ttf, font);
            }
            result.put(role, font);
        }
        return result;
    }

    private static void properties(OFDDoc ofd, ResolvedFonts fonts, String title) throws IOException {
        CT_DocInfo info;
        try {
            info = ofd.getOfdDir().getOfd().getDocBody().getDocInfo();
        } catch (DocumentException e) {
            throw new IOException("OFD.xml of the new package unreadable", e);
        }
        info.setTile(title);
        info.setCreator("Zhiban GB/T 9704 layout");
        CustomDatas custom = new CustomDatas();
        custom.addCustomData("Fonts", fonts.describe());
        custom.addCustomData("FontFallback", String.valueOf(fonts.anyFallback()));
        info.setCustomDatas(custom);
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory left behind is not worth failing the rendering for
        }
    }
}
