"""The rules of EcoDesk. Imports ``ecodesk.db`` only: never Qt, so every front end reuses it."""
