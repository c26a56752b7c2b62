import { define } from '../../shared/define.js';
import { CoalitionSummary } from './coalition-summary.js';

define('coalition-summary', CoalitionSummary);
export { CoalitionSummary, type SummaryLayout } from './coalition-summary.js';
