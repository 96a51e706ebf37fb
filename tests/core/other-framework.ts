// A framework of another programme: other instruments and items, a 0–10 scale in half steps,
// other weights, another time zone. Nothing in the core may know these ids.
import type { FrameworkInput } from '../../src/core/index.js';

export const craftFramework: FrameworkInput = {
  id: 'craft-school',
  label: { da: 'Håndværksskolen', en: 'Craft school' },
  timeZone: 'Europe/Oslo',
  roles: [
    { id: 'master', label: { da: 'Mester', en: 'Master' } },
    { id: 'teacher', label: { da: 'Lærer', en: 'Teacher' } },
  ],
  scales: [{ id: 'ten', min: 0, max: 10, step: 0.5 }],
  instruments: [
    {
      id: 'site-log',
      label: { da: 'Byggepladslog', en: 'Site log' },
      cadence: 'week',
      scale: 'ten',
      raterRoles: ['master', 'teacher'],
      items: [
        { id: 'attendance', label: { da: 'Fremmøde', en: 'Attendance' } },
        { id: 'teamwork', label: { da: 'Holdarbejde', en: 'Teamwork' } },
        { id: 'craft', label: { da: 'Håndværk', en: 'Craft' } },
        { id: 'remark', label: { da: 'Bemærkning', en: 'Remark' }, kind: 'text' },
      ],
    },
  ],
  traits: [{ id: 'teamwork', label: { da: 'Holdarbejde', en: 'Teamwork' }, items: ['site-log.teamwork'] }],
  dimensions: [
    {
      id: 'readiness',
      label: { da: 'Parathed', en: 'Readiness' },
      cadence: 'month',
      minCoverage: 0.6,
      components: [
        { kind: 'item', ref: 'site-log.attendance', weight: 3 },
        { kind: 'trait', ref: 'teamwork' },
        { kind: 'item', ref: 'site-log.craft', weight: 1 },
      ],
      shows: ['teamwork'],
    },
  ],
};
