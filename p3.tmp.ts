import { publicRedactor } from './src/report/redact.js';

const { redact } = publicRedactor({
  services: ['pay-api'],
  alerts: [],
  teams: ['Team Falcon', 'payments-oncall'],
} as any);
for (const s of process.argv.slice(2)) console.log(redact(s));
