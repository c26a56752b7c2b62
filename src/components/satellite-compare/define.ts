import { define } from '../../shared/define.js';
import { SatelliteCompare } from './satellite-compare.js';

define('satellite-compare', SatelliteCompare);
export { SatelliteCompare };
