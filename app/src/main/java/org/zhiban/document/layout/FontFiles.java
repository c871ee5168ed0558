package org.zhiban.document.layout;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * Opens font files once per rendering with PDFBox's fontbox: single TrueType fonts and collections (TTC, as
 * Debian ships WenQuanYi Zen Hei). Keeps them open until the output is written, as PDFBox needs.
 */
final class FontFiles implements Closeable {

    private final Map<String, TrueTypeFont> open = new HashMap<>();
    private final List<Closeable> toClose = new ArrayList<>();

    TrueTypeFont load(ResolvedFonts.Resolved font) throws IOException {
        String key = font.file() + "#" + font.face();
        TrueTypeFont loaded = open.get(key);
        if (loaded == null) {
            loaded = read(font.file(), font.face());
            open.put(key, loaded);
        }
        return loaded;
    }

    private TrueTypeFont read(Path file, String face) throws IOException {
        if (!file.getFileName().toString().toLowerCase().endsWith(".ttc")) {
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
            toClose.add(ttf);
            return ttf;
        }
        TrueTypeCollection collection = new TrueTypeCollection(file.toFile());
        toClose.add(collection);
        TrueTypeFont named = collection.getFontByName(face.replace(" ", ""));
        if (named == null) {
            named = collection.getFontByName(face);
        }
        if (named != null) {
            return named;
        }
        // the configured name is Word's, not the collection's: take its first face
        TrueTypeFont[] first = new TrueTypeFont[1];
        collection.processAllFonts(ttf -> {
            if (first[0] == null) {
                first[0] = ttf;
            }
        });
        return first[0];
    }

    @Override
    public void close() throws IOException {
        for (Closeable closeable : toClose) {
            closeable.close();
        }
    }
}
