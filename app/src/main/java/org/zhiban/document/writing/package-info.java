/**
 * 拟稿: writing a 公文's body. {@link org.zhiban.document.writing.DocumentTemplates} is the template library (a
 * template per 文种 of 条例第八条, plain text with named placeholders, nothing evaluated);
 * {@link org.zhiban.document.writing.DocumentWriter} drafts and polishes through the AI layer, falling back to the
 * filled template or to the wrong-word list, and keeps the suggestion with the case so that completing 拟稿 records
 * whether it was adopted; {@link org.zhiban.document.writing.DocxImport} reads an uploaded DOCX after the upload
 * guard. The REST API is {@code /api/documents/templates}, {@code compose}, {@code polish} and {@code import}.
 */
package org.zhiban.document.writing;
