/**
 * The documents module: Japanese text typeset on A4 PDF pages with the embedded IPAex Gothic font — the
 * {@link jp.kyodoflow.documents.Typesetter} (a cursor down the page, wrapping by the Japanese line-breaking rules
 * of {@link jp.kyodoflow.documents.LineBreaker}, boxes and lines) and the shared {@link jp.kyodoflow.documents.FontPool}.
 * The subsidy notices and the plan's yearly report are written with it; what a document says is its module's.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {  })
package jp.kyodoflow.documents;
