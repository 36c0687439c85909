"""The InMail draft: its checks (subject, length, personalisation, ask, tone…) and its gate."""
