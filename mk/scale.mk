# Scale (issue #16): PostgreSQL 15 + PostGIS 3 for the PostGIS target tests (a server is started by the tests
# in a temporary data directory on 127.0.0.1 and stopped at the end); psycopg2 is what QGIS ships.
APT_PACKAGES += postgresql-15 postgresql-15-postgis-3 python3-psycopg2
