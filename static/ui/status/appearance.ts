// The one set of tones the kit's lozenges and banners come in, named after Atlassian's appearances; each maps
// to the design tokens of that tone in light and dark themes (see lozenge.css, banner.css).
export type Appearance = 'default' | 'success' | 'warning' | 'danger' | 'info' | 'new';
