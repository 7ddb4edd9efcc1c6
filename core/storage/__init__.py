"""Where model records go: storage back ends behind one small interface (rows in, a finished dataset out).

A writer takes feature rows — (layer name, values in field order, WKB, envelope) made by
:func:`gpkg_bulk.feature_row` from the city model writer's attribute dictionaries — so the same rows can
be made in a worker process and written by the one writing process.
"""
