/** [longitude, latitude] as people read it: "42.43°N 130.78°E", two decimals (about a kilometre). */
export function coordinatesLabel([longitude, latitude]: readonly [number, number]): string {
	const part = (value: number, positive: string, negative: string) => `${Math.abs(value).toFixed(2)}°${value < 0 ? negative : positive}`;
	return `${part(latitude, 'N', 'S')} ${part(longitude, 'E', 'W')}`;
}

/** "42.43°N 130.78°E (GeoNames 2022586 …)": where a place is, and the gazetteer that says so. */
export function whereLabel(coordinates: readonly [number, number], source?: string): string {
	return `${coordinatesLabel(coordinates)}${source ? ` (${source})` : ''}`;
}
