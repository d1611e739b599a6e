"""Key figures of a text (amounts, percentages, ages, durations, counts, dates) and EN/FR comparison."""

from reader.figures.compare import Comparison, compare_figures, figure_key, matched_value
from reader.figures.extract import extract_figures

__all__ = ["Comparison", "compare_figures", "extract_figures", "figure_key", "matched_value"]
