"""Citizens' contributions (Bürgerbeteiligung): import from participation platforms, summaries per area, packages."""
