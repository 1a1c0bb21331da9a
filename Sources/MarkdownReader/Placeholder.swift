// MarkdownReader
