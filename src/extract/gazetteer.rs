//! General knowledge shipped in `data/`: countries, places, organizations, first names, titles.
