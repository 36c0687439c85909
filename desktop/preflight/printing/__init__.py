"""Qt rendering of the readiness report: PDF files, printers and the print preview."""
