"""Reproducible builders of every data file and model Rasd ships. Not imported at run time."""
