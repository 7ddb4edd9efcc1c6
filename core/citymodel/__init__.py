"""Import of 3D city models (CityGML 1.0/2.0/3.0, CityJSON 1.0–2.0, CityJSONSeq) into a GeoPackage.

Flow: ``citygml_reader`` / ``cityjson_reader`` stream ``model.CityObjectRecord`` objects →
``gpkg_writer`` writes the layers → ``importer.import_citymodel`` ties it together;
``project.add_citymodel_to_project`` loads the result styled into QGIS.
"""
