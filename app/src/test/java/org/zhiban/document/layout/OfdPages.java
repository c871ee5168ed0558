package org.zhiban.document.layout;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.ofdrw.core.basicStructure.pageObj.Page;
import org.ofdrw.core.basicStructure.pageObj.layer.CT_Layer;
import org.ofdrw.core.basicStructure.pageObj.layer.PageBlockType;
import org.ofdrw.core.basicStructure.pageObj.layer.block.CT_PageBlock;
import org.ofdrw.core.basicStructure.pageObj.layer.block.PathObject;
import org.ofdrw.core.basicStructure.pageObj.layer.block.TextObject;
import org.ofdrw.core.text.TextCode;
import org.ofdrw.reader.OFDReader;

/** Reads an OFD back with ofdrw's reader: the text and path objects of a page, blocks unfolded. */
final class OfdPages {

    private OfdPages() {
    }

    static OFDReader read(byte[] ofd) throws IOException {
        return new OFDReader(new ByteArrayInputStream(ofd));
    }

    static List<TextObject> texts(OFDReader reader, int page) {
        List<TextObject> texts = new ArrayList<>();
        blocks(reader.getPage(page)).forEach(block -> {
            if (block instanceof TextObject text) {
                texts.add(text);
            }
        });
        return texts;
    }

    static List<PathObject> paths(OFDReader reader, int page) {
        List<PathObject> paths = new ArrayList<>();
        blocks(reader.getPage(page)).forEach(block -> {
            if (block instanceof PathObject path) {
                paths.add(path);
            }
        });
        return paths;
    }

    /** Colours sit on the object or, as ofdrw writes them, in a shared DrawParam resource. */
    static String fillColor(OFDReader reader, TextObject text) {
        if (text.getFillColor() != null) {
            return text.getFillColor().getValue().toString();
        }
        return reader.getResMgt().getDrawParamFinal(text.getDrawParam().toString()).getFillColor().getValue()
                .toString();
    }

    static String strokeColor(OFDReader reader, PathObject path) {
        if (path.getStrokeColor() != null) {
            return path.getStrokeColor().getValue().toString();
        }
        return reader.getResMgt().getDrawParamFinal(path.getDrawParam().toString()).getStrokeColor().getValue()
                .toString();
    }

    static double lineWidth(OFDReader reader, PathObject path) {
        if (path.getLineWidth() != null && path.getLineWidth() != 0.353) {
            return path.getLineWidth();
        }
        return reader.getResMgt().getDrawParamFinal(path.getDrawParam().toString()).getLineWidth();
    }

    static String content(TextObject text) {
        StringBuilder content = new StringBuilder();
        for (TextCode code : text.getTextCodes()) {
            content.append(code.getContent());
        }
        return content.toString();
    }

    private static List<PageBlockType> blocks(Page page) {
        List<PageBlockType> all = new ArrayList<>();
        for (CT_Layer layer : page.getContent().getLayers()) {
            unfold(layer.getPageBlocks(), all);
        }
        return all;
    }

    private static void unfold(List<PageBlockType> blocks, List<PageBlockType> into) {
        for (PageBlockType block : blocks) {
            if (block instanceof CT_PageBlock nested) {
                unfold(nested.getPageBlocks(), into);
            } else {
                into.add(block);
            }
        }
    }
}
