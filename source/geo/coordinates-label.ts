// "42.43°N 130.64°E": a place's coordinates as people read them, to about a kilometre.
export function coordinatesLabel([longitude, latitude]: [number, number]): string {
	const part = (value: number, positive: string, negative: string) => `${Math.abs(value).toFixed(2)}°${value < 0 ? negative : positive}`;
	return `${part(latitude, 'N', 'S')} ${part(longitude, 'E', 'W')}`;
}
