/**
 * The college cycle (issue 15): a besluitpunt's track to the college (announced, on the college's
 * agenda, its answer), kept beside the record, not in the PO; the first announcement of each college
 * date (what comes after it is "late"); and per agendapunt its tags (portefeuille, raadsthema,
 * categorie I/II/III of seed 002) and the intended raad date, for the langetermijnplanning.
 */
export const sql = /* sql */ `
CREATE TABLE college_tracks (
  record_id uuid PRIMARY KEY REFERENCES records(id) ON DELETE CASCADE,
  state text NOT NULL CHECK (state IN ('aangekondigd','geagendeerd','besloten','aangehouden','teruggenomen')),
  steps jsonb NOT NULL DEFAULT '[]',
  announced_text text NOT NULL,
  announced_college_datum date,
  state_at timestamptz NOT NULL
);
-- The terugkoppeling on the next PO: a portefeuillehouder's tracks by when their state changed.
CREATE INDEX college_tracks_state_at ON college_tracks (state_at, record_id);

CREATE TABLE college_announcements (
  college_datum date PRIMARY KEY,
  first_announced_at timestamptz NOT NULL,
  first_announced_by text NOT NULL REFERENCES users(id)
);

ALTER TABLE agendapunten ADD COLUMN portefeuille text;
ALTER TABLE agendapunten ADD COLUMN raadsthema text;
ALTER TABLE agendapunten ADD COLUMN categorie text CHECK (categorie IN ('I','II','III'));
ALTER TABLE agendapunten ADD COLUMN beoogde_raadsdatum date;
-- The langetermijnplanning pages by the first intended date (college, else raad).
CREATE INDEX agendapunten_planning ON agendapunten ((coalesce(beoogde_collegedatum, beoogde_raadsdatum)), id)
  WHERE beoogde_collegedatum IS NOT NULL OR beoogde_raadsdatum IS NOT NULL;
`;
