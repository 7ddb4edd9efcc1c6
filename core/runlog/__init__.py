"""The local run log (one record per Urban Twin algorithm run) and the benefit report built from it."""
