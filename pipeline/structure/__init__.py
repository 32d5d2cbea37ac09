"""Document structure before the parser: paragraphs of hard-wrapped text, headline, date line,
dateline, byline and credit (never claim content), transcript turns and bullets."""
