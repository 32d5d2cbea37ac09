"""Reading articles, turning Docs into records, and writing tables."""
