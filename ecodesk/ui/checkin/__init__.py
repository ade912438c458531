"""The check-in desk: scanner, webcam and name search into one sitting, walk-ins, undo, numbers."""
