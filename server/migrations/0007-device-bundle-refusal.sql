-- The last trust bundle a kiosk refused (its spec §4 code and when, by the kiosk's clock), as
-- the kiosk reports it with its status: null when the last bundle it was offered was taken.
ALTER TABLE device_status ADD COLUMN bundle_refusal_code text;
ALTER TABLE device_status ADD COLUMN bundle_refusal_at bigint;
