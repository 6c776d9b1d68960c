"""The progress report pack written as a file: the reportlab PDF and the Word edition, both
drawn from the plain ReportData (models.snapshots.report)."""
