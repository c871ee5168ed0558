package org.zhiban.document.layout;

import static org.zhiban.document.layout.Gbt9704.BLOCK_BOTTOM;
import static org.zhiban.document.layout.Gbt9704.BLOCK_RIGHT;
import static org.zhiban.document.layout.Gbt9704.LEFT;
import static org.zhiban.document.layout.Gbt9704.LINE_PITCH;
import static org.zhiban.document.layout.Gbt9704.TOP;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.zhiban.document.layout.Composition.Block;
import org.zhiban.document.layout.Composition.Kind;
import org.zhiban.document.layout.LayoutDocument.Format;
import org.zhiban.document.layout.LineBreaker.Line;

/**
 * Lays a composition out on sheets for OFD and PDF: 版头 on the first sheet, the 主体 flowing on the
 * 22-line grid, the 版记 at the foot of the last, even, sheet, then page numbers (GB/T 9704 7.4, 7.5).
 */
final class FixedLayout {

    private static final double EPSILON = 1e-6;

    /** A grid line of the flow: a broken line of a block, or an empty line ({@code line == null}). */
    private record Item(Block block, Line line) {
    }

    private final List<Sheet> sheets = new ArrayList<>();
    private final Set<Integer> unnumbered = new HashSet<>();
    private Sheet sheet;
    private double y;
    private boolean pageTop;
    private Item lastItem;
    private boolean lastWasFirst;
    private List<Sheet.Text> lastTexts = List.of();
    private Sheet.Text signature;
    private Sheet.Text date;
    private Sheet signatureSheet;

    private FixedLayout() {
    }

    static List<Sheet> lay(Composition composition) {
        FixedLayout layout = new FixedLayout();
        layout.run(composition);
        return layout.sheets;
    }

    private void run(Composition composition) {
        sheet = new Sheet(1);
        sheets.add(sheet);
        y = MastheadPlacement.place(sheet, composition.masthead(), composition.format());
        pageTop = false;
        flow(items(composition.blocks()));
        if (composition.sealed() && signature != null && date != null && signatureSheet != null) {
            double centerX = signature.x() + width(signature) / 2;
            double centerY = (signature.baseline() + date.baseline()) / 2 - Gbt9704.mm(Gbt9704.SIZE_3) * 0.4;
            signatureSheet.seals().add(new Sheet.SealMark(centerX, centerY, 21));
        }
        ColophonPlacement.Placed colophon = ColophonPlacement.measure(composition.colophon());
        if (colophon != null) {
            colophonSheet(colophon.lines()).ifPresent(target -> colophon.draw(target));
        }
        for (Sheet page : sheets) {
            boolean letterFirst = composition.format() == Format.LETTER && page.number() == 1;
            if (!letterFirst && !unnumbered.contains(page.number())) {
                PageNumbers.draw(page);
            }
        }
    }

    private List<Item> items(List<Block> blocks) {
        List<Item> items = new ArrayList<>();
        for (Block block : blocks) {
            for (int i = 0; i < block.blankLinesBefore(); i++) {
                items.add(new Item(block, null));
            }
            double cell = Gbt9704.cell(block.sizePt());
            double right = BLOCK_RIGHT - block.rightIndent() * cell;
            List<Line> lines = LineBreaker.lines(block.spans(), block.sizePt(),
                    right - (LEFT + block.firstIndent() * cell), right - (LEFT + block.indent() * cell));
            lines.forEach(line -> items.add(new Item(block, line)));
        }
        return items;
    }

    private void flow(List<Item> items) {
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            boolean opensKeptGroup = item.block().keepWithPrevious()
                    && (i == 0 || !items.get(i - 1).block().keepWithPrevious());
            if (opensKeptGroup && y + keptLines(items, i) * LINE_PITCH > BLOCK_BOTTOM + EPSILON) {
                // 署名 and 成文日期 never stand alone on a page (7.3.5.5): the last text line comes along
                Item carried = lastItem;
                boolean carriedFirst = lastWasFirst;
                List<Sheet.Text> carriedTexts = lastTexts;
                Sheet from = sheet;
                newSheet();
                if (carried != null && from != sheet) {
                    from.texts().removeAll(carriedTexts);
                    draw(carried, carriedFirst);
                }
            }
            if (item.line() == null) {
                if (!pageTop) {
                    y += LINE_PITCH;
                }
                continue;
            }
            if (y + LINE_PITCH > BLOCK_BOTTOM + EPSILON) {
                newSheet();
            }
            draw(item, lastItem == null || lastItem.block() != item.block());
        }
    }

    private static int keptLines(List<Item> items, int from) {
        int count = 0;
        for (int i = from; i < items.size() && items.get(i).block().keepWithPrevious(); i++) {
            count++;
        }
        return count;
    }

    /** @param first the block's first line, which takes the first-line indent */
    private void draw(Item item, boolean first) {
        Block block = item.block();
        double cell = Gbt9704.cell(block.sizePt());
        double left = LEFT + (first ? block.firstIndent() : block.indent()) * cell;
        double right = BLOCK_RIGHT - block.rightIndent() * cell;
        lastTexts = Typesetter.place(sheet, item.line(), block.align(), left, right, y, block.sizePt(), false);
        lastItem = item;
        lastWasFirst = first;
        if (block.kind() == Kind.SIGNATURE) {
            signature = lastTexts.get(0);
            signatureSheet = sheet;
        } else if (block.kind() == Kind.DATE) {
            date = lastTexts.get(0);
            signatureSheet = signature == null ? sheet : signatureSheet;
        }
        y += LINE_PITCH;
        pageTop = false;
    }

    private void newSheet() {
        sheet = new Sheet(sheets.size() + 1);
        sheets.add(sheet);
        y = TOP;
        pageTop = true;
    }

    /**
     * The 版记 goes at the foot of an even sheet (the back of the last leaf). When the body leaves no room on
     * its last, even, sheet, a blank sheet and the 版记 sheet follow, and neither is numbered (7.5).
     */
    private java.util.Optional<Sheet> colophonSheet(int lines) {
        double colophonTop = BLOCK_BOTTOM - lines * LINE_PITCH;
        boolean fits = pageTop || y + LINE_PITCH <= colophonTop + EPSILON;
        if (sheet.number() % 2 == 0 && fits) {
            return java.util.Optional.of(sheet);
        }
        if (sheet.number() % 2 == 0) {
            newSheet();
            unnumbered.add(sheet.number());
            newSheet();
            unnumbered.add(sheet.number());
            return java.util.Optional.of(sheet);
        }
        newSheet();
        return java.util.Optional.of(sheet);
    }

    private static double width(Sheet.Text text) {
        double width = 0;
        for (double advance : text.advances()) {
            width += advance;
        }
        return width;
    }
}
