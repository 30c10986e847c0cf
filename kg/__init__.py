"""kg: knowledge graphs of geopolitical technology cooperation from news articles.

Importing ``kg`` is cheap: no spaCy model, no data file is loaded until a function asks for it.
"""

__version__ = "0.1.0"
