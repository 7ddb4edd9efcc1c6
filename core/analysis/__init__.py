"""Analyses over buildings, plans and terrain: plain functions over geometries and arrays (no widgets)."""
