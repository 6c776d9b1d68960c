"""The timeline (Gantt) as plain data: where each action sits in time, its swimlane, and the
time axis. Drawn by ui/timeline (window) and exports/timeline (PDF)."""
