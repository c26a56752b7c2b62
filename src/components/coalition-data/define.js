import { define } from '../../shared/define.js';
import { CoalitionData } from './coalition-data.js';
define('coalition-data', CoalitionData);
export { CoalitionData };
