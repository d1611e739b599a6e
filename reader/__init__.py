"""newsreader: a bilingual (English/French) terminal news reader."""

__version__ = "0.1.0"
