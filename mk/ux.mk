# desktop smoke test (scripts/desktop_smoke.sh): virtual display and screenshots
APT_PACKAGES += xvfb x11-utils imagemagick poppler-utils
