"""Meshes from the city model GeoPackage: building measures, STL/3MF for 3D printing, glTF and 3D Tiles."""
