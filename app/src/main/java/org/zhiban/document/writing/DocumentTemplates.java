package org.zhiban.document.writing;

import org.zhiban.rules.document.Direction;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.zhiban.rules.document.DocumentType;
import org.zhiban.shared.Refusal;

/**
 * 模板库: a template for each of the fifteen 文种 of 条例第八条, read once from {@code document/templates/<TYPE>.txt}.
 * A 文种 without one, a form whose last line is not its 结束语 or an unknown placeholder stops the start: the
 * library is complete or the application does not run.
 */
@Component
public class DocumentTemplates {

    static final String LOCATION = "document/templates/";

    private final Map<DocumentType, List<DocumentTemplate>> byType = new EnumMap<>(DocumentType.class);

    DocumentTemplates() {
        for (DocumentType type : DocumentType.values()) {
            String name = LOCATION + type.name() + ".txt";
            try {
                List<DocumentTemplate> forms = TemplateFile.parse(type, name,
                        new ClassPathResource(name).getContentAsString(StandardCharsets.UTF_8));
                forms.forEach(t -> check(name, t));
                Set<String> names = new HashSet<>();
                forms.forEach(t -> {
                    if (!names.add(t.form())) {
                        throw new IllegalStateException(name + ": two forms named " + t.form());
                    }
                });
                byType.put(type, List.copyOf(forms));
            } catch (IOException e) {
                throw new UncheckedIOException("missing template " + name, e);
            }
        }
    }

    /** A filled template: the body, the form and direction it was written for, and the 附件说明 (or null). */
    public record Filled(DocumentTemplate template, Direction direction, String text, String attachmentNote) {
    }

    /** Every form of every 文种, in the 条例's order. */
    public List<DocumentTemplate> all() {
        return byType.values().stream().flatMap(List::stream).toList();
    }

    public List<DocumentTemplate> of(DocumentType type) {
        return byType.get(type);
    }

    /**
     * The form asked for, or the first that is written in the direction asked for, or the 文种's usual one;
     * refused when the 文种 is not written that way (a 请示 goes up, a 批复 down, a 函 between peers).
     */
    public DocumentTemplate choose(DocumentType type, String form, Direction direction) {
        List<DocumentTemplate> forms = byType.get(type);
        String label = DocumentTypeNames.label(type);
        if (form != null) {
            DocumentTemplate chosen = forms.stream().filter(t -> t.form().equals(form)).findFirst()
                    .orElseThrow(() -> Refusal.invalid("document.template.unknownForm", "「" + label + "」没有「" + form
                            + "」这一形式，可选：" + formNames(forms) + " / no such form: " + form, label, form,
                            formNames(forms)));
            if (direction != null && !chosen.allows(direction)) {
                throw wrongDirection(label + "·" + chosen.form(), chosen.directions(), direction, type);
            }
            return chosen;
        }
        if (direction == null) {
            return forms.get(0);
        }
        return forms.stream().filter(t -> t.allows(direction)).findFirst().orElseThrow(() -> wrongDirection(label,
                forms.stream().flatMap(t -> t.directions().stream()).distinct().toList(), direction, type));
    }

    public Filled fill(DraftInputs in) {
        DocumentTemplate template = choose(in.docType(), in.form(), in.direction());
        Direction direction = in.direction() != null ? in.direction() : template.directions().get(0);
        return new Filled(template, direction, TemplateFilling.fill(template, in, direction),
                TemplateFilling.attachmentNote(in.attachments()));
    }

    /** The form with its gaps named, for the library's preview. */
    public String preview(DocumentTemplate template) {
        return TemplateFilling.preview(template);
    }

    private static Refusal wrongDirection(String what, List<Direction> allowed, Direction asked, DocumentType type) {
        String directions = allowed.stream().map(Direction::term).collect(Collectors.joining("、"));
        // 条例第八条（十四）: asking a peer for approval is a 函, never a 请示 (REFERENCE T14)
        String hint = type == DocumentType.REQUEST && asked == Direction.PARALLEL ? "；不相隶属机关之间请求批准应当用函" : "";
        return Refusal.invalid("document.template.direction", "「" + what + "」的行文方向为" + directions + "，不能"
                + asked.term() + hint + " / " + what + " is not written " + asked.name().toLowerCase(), what,
                directions, asked.term());
    }

    private static String formNames(List<DocumentTemplate> forms) {
        return forms.stream().map(DocumentTemplate::form).collect(Collectors.joining("、"));
    }

    private static void check(String name, DocumentTemplate t) {
        try {
            t.placeholders();
        } catch (IllegalStateException e) {
            throw new IllegalStateException(name + " (" + t.form() + "): " + e.getMessage(), e);
        }
        String[] lines = t.body().split("\n");
        if (!t.closing().isEmpty() && !lines[lines.length - 1].strip().endsWith(t.closing())) {
            throw new IllegalStateException(name + " (" + t.form() + "): the body must end with its 结束语 "
                    + t.closing());
        }
    }
}
