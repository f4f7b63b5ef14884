-- The outbox of messages to visitors (issue 14): booking confirmations, reminders, cancellations
-- and moves, by e-mail or SMS. A message is written in the same transaction as what caused it and
-- sent later by the server's sender loop (notify/outbox.ts), so a mail server that is down loses
-- nothing: the row waits with its attempts and the time of the next one.
--
-- Subject and body are rendered when the message is written: the message says what was true at
-- that moment (a later move sends its own message), and sending needs nothing but this row, not
-- the booking's contact data, which the retention job deletes. The same job, by the same rule
-- (days after the slot), clears `recipient` and the body (with its link); one not yet sent is
-- given up then.
CREATE TABLE outbox (
  id INTEGER PRIMARY KEY,
  booking_id INTEGER REFERENCES bookings(id),
  -- The matter's department: a manager sees the messages of their own departments only.
  department_id INTEGER REFERENCES departments(id),
  kind TEXT NOT NULL CHECK (kind IN ('booking_confirmed', 'booking_reminder', 'booking_cancelled', 'booking_moved')),
  channel TEXT NOT NULL CHECK (channel IN ('email', 'sms')),
  recipient TEXT CHECK (recipient IS NULL OR length(recipient) <= 254),
  lang TEXT NOT NULL CHECK (lang IN ('pl', 'en')),
  subject TEXT NOT NULL,
  body TEXT NOT NULL,
  state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'retrying', 'sent', 'given_up')),
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at INTEGER NOT NULL,
  -- No later than this (the slot's start): a reminder after the appointment helps nobody.
  expires_at INTEGER NOT NULL,
  -- What went wrong, as a code (ECONNREFUSED, smtp_550, smsapi_101): never an address or a text.
  last_error TEXT,
  created_at INTEGER NOT NULL,
  sent_at INTEGER,
  recipient_deleted_at INTEGER
);
-- The sender loop: messages still to send, by when they are due.
CREATE INDEX outbox_due ON outbox (next_attempt_at) WHERE state IN ('pending', 'retrying');
-- One reminder per booking, channel and slot (a moved booking is reminded of its new slot),
-- however often the reminder job runs.
CREATE UNIQUE INDEX outbox_one_reminder ON outbox (booking_id, channel, expires_at)
  WHERE kind = 'booking_reminder';
-- A booking's messages (a cancellation drops those not yet sent).
CREATE INDEX outbox_booking ON outbox (booking_id);
-- The retention job: recipients of messages whose slot has passed (expires_at is the slot).
CREATE INDEX outbox_recipient ON outbox (expires_at) WHERE recipient IS NOT NULL;
