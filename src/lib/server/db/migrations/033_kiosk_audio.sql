-- Audio at the kiosk (issue 16), per kiosk, set by an administrator at /admin/devices: 'off' (no
-- read-aloud toggle), 'offered' (the toggle, starting off for each visitor) or 'on' (the toggle,
-- starting on). Boards keep 'off'.
ALTER TABLE devices ADD COLUMN audio TEXT NOT NULL DEFAULT 'off' CHECK (audio IN ('off', 'offered', 'on'));
