/** Whether two [start, end) spans (of characters or of tokens) share anything. */
export const overlaps = (a: {start: number; end: number}, b: {start: number; end: number}) => a.start < b.end && b.start < a.end;
