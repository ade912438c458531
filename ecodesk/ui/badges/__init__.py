"""The badges page: print QR name badges and the official sign-in sheet."""
