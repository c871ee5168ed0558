package org.zhiban.cases;

import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.DateSchema;
import io.swagger.v3.oas.models.media.NumberSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.function.Predicate;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The OpenAPI description of every case type's data, derived from its field declarations: {@code <type>Data} (the
 * case's values, as {@code GET /api/cases/{id}} returns them) and {@code <type>Start} (the start form of
 * {@code POST /api/cases}), so an OA integrator reads the same rules the server checks.
 */
@Component
class CaseTypeSchemas implements OpenApiCustomizer {

    private final CaseTypes caseTypes;
    private final MessageSource messages;

    CaseTypeSchemas(CaseTypes caseTypes, MessageSource messages) {
        this.caseTypes = caseTypes;
        this.messages = messages;
    }

    @Override
    public void customise(io.swagger.v3.oas.models.OpenAPI openApi) {
        if (openApi.getComponents() == null) {
            openApi.setComponents(new io.swagger.v3.oas.models.Components());
        }
        for (CaseType type : caseTypes.all()) {
            openApi.getComponents().addSchemas(type.id() + "Data", schema(type, f -> true, false));
            openApi.getComponents().addSchemas(type.id() + "Start",
                    schema(type, f -> f.isEditableIn(CaseType.START), true));
        }
    }

    private Schema<?> schema(CaseType type, Predicate<FieldDescriptor> included, boolean withRequired) {
        ObjectSchema object = new ObjectSchema();
        object.setDescription(label(type.nameKey()));
        for (FieldDescriptor f : type.fields()) {
            if (!included.test(f)) {
                continue;
            }
            object.addProperty(f.key(), property(f));
            if (withRequired && f.required()) {
                object.addRequiredItem(f.key());
            }
        }
        return object;
    }

    private Schema<?> property(FieldDescriptor f) {
        Schema<?> schema = switch (f.kind()) {
            case TEXT, LONG_TEXT, PERSON, DEPARTMENT -> {
                StringSchema s = new StringSchema();
                s.setMaxLength(f.maxLength());
                s.setPattern(f.pattern());
                yield s;
            }
            case SELECT -> new StringSchema()._enum(f.options());
            case MULTI_SELECT -> new ArraySchema().items(new StringSchema()._enum(f.options())).uniqueItems(true);
            case FILES -> new ArraySchema().items(new StringSchema());
            case DEPARTMENTS -> new ArraySchema().items(new StringSchema()).uniqueItems(true);
            case DATE -> new DateSchema();
            case NUMBER, MONEY -> {
                NumberSchema n = new NumberSchema();
                n.setMinimum(f.min() != null ? f.min() : f.kind() == FieldKind.MONEY ? BigDecimal.ZERO : null);
                n.setMaximum(f.max());
                if (f.kind() == FieldKind.MONEY) {
                    n.setMultipleOf(new BigDecimal("0.01"));
                }
                yield n;
            }
        };
        schema.setTitle(label(f.labelKey()));
        if (f.helpKey() != null) {
            schema.setDescription(label(f.helpKey()));
        }
        return schema;
    }

    private String label(String key) {
        return messages.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE);
    }
}
