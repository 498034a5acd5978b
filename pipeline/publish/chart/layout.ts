// The width every form of the chart is drawn at: one 336 px column plus margins, 360 px in all, so that on a
// 375 px phone (about 343 px of content) the SVG is shown at ~95 % and its 11–13 px text stays readable; a
// desktop page shows it at its own size or larger.
export const PANEL_WIDTH = 336;
export const MARGIN = 12;
