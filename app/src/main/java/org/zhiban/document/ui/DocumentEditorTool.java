package org.zhiban.document.ui;

import com.vaadin.flow.component.Component;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.zhiban.identity.ZhibanUser;

/**
 * A button in the 公文编辑器's toolbar (versions, layout preview, templates, AI drafting, DOCX import): beans,
 * asked in order, so the editor itself stays a form with its compliance panel.
 */
public interface DocumentEditorTool {

    /**
     * @param drafting whether the user holds the 拟稿 task (tools that change the text offer themselves only then)
     * @param values   the editor's current text values by field key
     * @param fill     puts a text into a field's editor, for the officer to keep or change
     */
    Optional<Component> button(ZhibanUser user, String caseId, boolean drafting, Supplier<Map<String, String>> values,
                               BiConsumer<String, String> fill);
}
