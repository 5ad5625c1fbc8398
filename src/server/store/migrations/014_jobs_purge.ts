/**
 * The scheduler's housekeeping (issue 15): finished jobs (klaar, mislukt) are purged once they are
 * older than JOB_RETENTION_DAYS; this index finds them by when they finished.
 */
export const sql = /* sql */ `
CREATE INDEX jobs_finished ON jobs (done_at, id) WHERE status IN ('klaar','mislukt');
`;
