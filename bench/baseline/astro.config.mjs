// The benchmark's baseline: a bare Astro project of the same Astro version, rendering one
// minimal page per paper from the same markdown files (default settings, default markdown).
import { defineConfig } from 'astro/config';

export default defineConfig({ cacheDir: process.env.ASTRO_CACHE_DIR || './node_modules/.astro' });
