// The Chromium every test and check launches: Debian's package (npm cannot
// download browsers here), headless, offline, with software WebGL for MapLibre.
export const CHROMIUM_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // WebGL for MapLibre without a GPU.
  '--enable-unsafe-swiftshader',
];
