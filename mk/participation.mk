# Participation (#17): the tests render the self-contained participation page in headless Chromium.
APT_PACKAGES += chromium
