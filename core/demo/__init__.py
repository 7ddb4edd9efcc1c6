"""Generated sample data (the "Musterquartier") for the demo and the tests."""
