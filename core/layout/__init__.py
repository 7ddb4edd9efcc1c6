"""Council maps: print layout templates, one-step PDF/atlas export (no widgets here)."""
