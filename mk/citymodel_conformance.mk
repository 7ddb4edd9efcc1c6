# City model conformance tests (issue #11): pyproj makes the geographic test files independently of OSR (the importer's).
APT_PACKAGES += python3-pyproj
