"""Qt Widgets front end: windows, pages, dialogs and item models. Holds no SQL and no rules."""
