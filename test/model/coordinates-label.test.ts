import {expect, it} from 'vitest';
import {coordinatesLabel} from '../../source/model/coordinates-label.js';

it('writes coordinates as latitude then longitude, with hemispheres instead of signs', () => {
	expect(coordinatesLabel([130.7806, 42.4294])).toBe('42.43°N 130.78°E');
	expect(coordinatesLabel([-7.99994, 31.63416])).toBe('31.63°N 8.00°W');
	expect(coordinatesLabel([-43.2, -22.9])).toBe('22.90°S 43.20°W');
});
