-- How many instructor slots (PROFESSOR, PROFESSOR_2, ...) the last write of a course filled, so that an
-- update emptying a slot sends it explicitly empty (Edusign may keep a field a PATCH leaves out).
ALTER TABLE sync_ledger ADD COLUMN professor_slots INTEGER;
