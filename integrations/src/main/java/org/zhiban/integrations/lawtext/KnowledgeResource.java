package org.zhiban.integrations.lawtext;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * 知识资源: reads the small tab-separated rule files under {@code knowledge/} (comments start with #,
 * '-' marks an empty cell), so that the rules can be edited without touching code.
 */
public final class KnowledgeResource {

    private KnowledgeResource() {
    }

    /** The data rows of a classpath TSV file, each split into exactly {@code columns} cells. */
    public static List<String[]> rows(String resource, int columns) {
        try (InputStream in = KnowledgeResource.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + resource);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> split(resource, line, columns))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A comma-separated cell as a list; '-' is the empty list. */
    public static List<String> list(String cell) {
        if (cell.isBlank() || cell.strip().equals("-")) {
            return List.of();
        }
        return Arrays.stream(cell.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String[] split(String resource, String line, int columns) {
        String[] cells = line.split("\t", -1);
        if (cells.length != columns) {
            throw new IllegalStateException(resource + ": expected " + columns + " tab-separated cells in: " + line);
        }
        return cells;
    }
}
