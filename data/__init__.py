"""kg's data files, installed as the package ``kg.data`` (see ``setup.py``) and read with ``importlib.resources``."""
