"""Packaging beyond what ``pyproject.toml`` can say: the ``data/`` folder is installed as the package ``kg.data``.

``pyproject.toml`` holds the metadata and the package data; it cannot map a folder into a package while also
finding the packages, so both are here. A wheel then carries the gazetteer, lexicons, ontology, shapes and saved
queries, and an editable install maps ``kg.data`` to this checkout's ``data/``.
"""

from setuptools import find_namespace_packages, setup

setup(packages=[*find_namespace_packages(include=["kg", "kg.*"], exclude=["*.__pycache__"]), "kg.data"],
      package_dir={"kg.data": "data"})
