// Mantine clips a badge's label with an ellipsis at its own width; short statuses must show whole.
export const unclippedLabel = { label: { overflow: 'visible', textOverflow: 'clip' } } as const;
