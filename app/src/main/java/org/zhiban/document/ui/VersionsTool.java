package org.zhiban.document.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.springframework.core.annotation.Order;
import org.zhiban.document.DocumentEditing;
import org.zhiban.document.DocumentVersions;
import org.zhiban.document.VersionDiff;
import org.zhiban.identity.Directory;
import org.zhiban.identity.ZhibanUser;
import org.zhiban.shared.ui.Formats;
import org.zhiban.shared.ui.Notifications;

/**
 * 版本记录: every saved version with who saved it in which step, and any two side by side, word by word — what the
 * left had struck through in red, what the right has underlined in green.
 */
@org.springframework.stereotype.Component
@Order(10)
class VersionsTool implements DocumentEditorTool {

    private final DocumentEditing editing;
    private final Directory directory;

    VersionsTool(DocumentEditing editing, Directory directory) {
        this.editing = editing;
        this.directory = directory;
    }

    @Override
    public Optional<Component> button(ZhibanUser user, String caseId, boolean drafting,
                                                                Supplier<Map<String, String>> values,
                                                                BiConsumer<String, String> fill) {
        Button button = new Button();
        button.setText(button.getTranslation("document.versions.open"));
        button.setId("editor-versions");
        button.addClickListener(e -> Notifications.attempt(() -> open(user, caseId)));
        return Optional.of(button);
    }

    void open(ZhibanUser user, String caseId) {
        List<DocumentVersions.Summary> versions = editing.versions(user, caseId);
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(dialog.getTranslation("document.versions.title", caseId));
        dialog.setWidth("min(80rem, 96vw)");
        Grid<DocumentVersions.Summary> grid = new Grid<>();
        grid.addColumn(DocumentVersions.Summary::versionNo).setHeader(dialog.getTranslation("document.versions.no"))
                .setAutoWidth(true);
        grid.addColumn(v -> directory.displayName(v.savedBy())).setHeader(dialog.getTranslation("document.versions.by"));
        grid.addColumn(v -> dialog.getTranslation("document.versions.step." + v.activityId()))
                .setHeader(dialog.getTranslation("document.versions.step"));
        grid.addColumn(v -> Formats.dateTime(v.savedAt())).setHeader(dialog.getTranslation("document.versions.at"));
        grid.addColumn(DocumentVersions.Summary::bodyLength).setHeader(dialog.getTranslation("document.versions.length"));
        grid.setItems(versions);
        grid.setAllRowsVisible(true);
        List<Integer> numbers = versions.stream().map(DocumentVersions.Summary::versionNo).toList();
        ComboBox<Integer> from = new ComboBox<>(dialog.getTranslation("document.versions.from"), numbers);
        ComboBox<Integer> to = new ComboBox<>(dialog.getTranslation("document.versions.to"), numbers);
        from.setId("versions-from");
        to.setId("versions-to");
        if (numbers.size() >= 2) {
            from.setValue(numbers.get(numbers.size() - 2));
            to.setValue(numbers.get(numbers.size() - 1));
        }
        Div comparison = new Div();
        comparison.setId("versions-diff");
        Runnable compare = () -> {
            comparison.removeAll();
            if (from.getValue() != null && to.getValue() != null) {
                Notifications.attempt(() -> comparison.add(sideBySide(editing.diff(user, caseId, from.getValue(),
                        to.getValue()), dialog)));
            }
        };
        from.addValueChangeListener(e -> compare.run());
        to.addValueChangeListener(e -> compare.run());
        compare.run();
        dialog.add(new VerticalLayout(grid, new HorizontalLayout(from, to), comparison));
        dialog.getFooter().add(new Button(dialog.getTranslation("task.cancel"), e -> dialog.close()));
        dialog.open();
    }

    private static Component sideBySide(List<VersionDiff.FieldDiff> diffs, Dialog i18n) {
        VerticalLayout out = new VerticalLayout();
        out.setPadding(false);
        List<VersionDiff.FieldDiff> changed = diffs.stream().filter(VersionDiff.FieldDiff::changed).toList();
        if (changed.isEmpty()) {
            out.add(new Span(i18n.getTranslation("document.versions.same")));
        }
        for (VersionDiff.FieldDiff field : changed) {
            Div left = side();
            Div right = side();
            for (VersionDiff.Segment s : field.segments()) {
                switch (s.op()) {
                    case "equal" -> {
                        left.add(new Span(s.left()));
                        right.add(new Span(s.right()));
                    }
                    default -> {
                        if (!s.left().isEmpty()) {
                            left.add(marked(s.left(), "removed"));
                        }
                        if (!s.right().isEmpty()) {
                            right.add(marked(s.right(), "added"));
                        }
                    }
                }
            }
            HorizontalLayout pair = new HorizontalLayout(left, right);
            pair.setWidthFull();
            out.add(new H4(i18n.getTranslation("field." + field.field())), pair);
        }
        return out;
    }

    private static Div side() {
        Div d = new Div();
        d.getStyle().set("white-space", "pre-wrap").set("flex", "1").set("border", "1px solid var(--lumo-contrast-10pct)")
                .set("padding", "0.5em").set("font-family", "FangSong, STFangsong, serif");
        return d;
    }

    private static Span marked(String text, String kind) {
        Span s = new Span(text);
        s.addClassName("diff-" + kind);
        if ("removed".equals(kind)) {
            s.getStyle().set("background", "#fde2e1").set("color", "#b3261e").set("text-decoration", "line-through");
        } else {
            s.getStyle().set("background", "#dcf5e3").set("color", "#17663a").set("text-decoration", "underline");
        }
        return s;
    }
}
