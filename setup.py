"""The package list, which pyproject.toml cannot express alone.

Every package under ``src/``, found as ever, plus ``psoas_timer.assets``: the
top-level ``assets/`` folder, mapped into the wheel by ``package-dir`` in
pyproject.toml. Everything else about the build lives in pyproject.toml.
"""

from setuptools import find_packages, setup

setup(packages=[*find_packages("src"), "psoas_timer.assets"])
