// The product's mark: a mortarboard in the favicon's colours, decorative for screen readers.
export function BrandMark({ size = 30 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="7" fill="#1c4e80" />
      <path d="M16 7.5 5.5 12.5 16 17.5l10.5-5z" fill="#fff" />
      <path d="M9.5 15.2v4.6c0 1.9 2.9 3.7 6.5 3.7s6.5-1.8 6.5-3.7v-4.6L16 18.3z" fill="#fff" opacity=".85" />
      <path d="M25 13.2v6.3" stroke="#f2c14e" strokeWidth="1.6" strokeLinecap="round" />
      <circle cx="25" cy="20.6" r="1.4" fill="#f2c14e" />
    </svg>
  );
}
