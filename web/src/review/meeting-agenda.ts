// The agenda a meeting runs is the playbook's (one code path for the web console and `debrief playbook agenda`).
export { type MeetingPhase, meetingAgenda, phaseOfTitle } from '../../../src/playbook/meeting-agenda.js';
