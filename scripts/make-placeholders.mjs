#!/usr/bin/env node
/**
 * Generates the placeholder artwork the sample content uses.
 *
 * Why these exist: the photos that ran with the original stories are not ours to ship
 * (they belong to agencies and photographers), and the sample articles are fictional anyway.
 * So every hero image in content/ is an abstract composition generated here, locally, from
 * an SVG string rendered by sharp. No network, no fonts, no randomness beyond a seeded PRNG:
 * running the script twice writes the same pictures.
 *
 * Output:
 *   content/images/placeholder-1.jpg … placeholder-8.jpg   1600×900 JPEG hero pool
 *   content/images/putin-placeholder.jpg                  1600×900 JPEG for the reference article
 *   public/logo.png                                       512×512 PNG site mark (a geometric "D")
 *
 * Usage: node scripts/make-placeholders.mjs
 */
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { prng } from './prng.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const imagesDir = join(root, 'content', 'images');
const publicDir = join(root, 'public');

const WIDTH = 1600;
const HEIGHT = 900;
const JPEG = { quality: 72, mozjpeg: true };

/**
 * Calm palettes: two background stops and three shape colours each.
 * Deliberately muted so the images read as placeholders, not as photographs.
 */
const palettes = [
  { name: 'sea and sand', bg: ['#1f4e6b', '#d9c7a3'], shapes: ['#e9dcc0', '#3f7f9c', '#a8c5cf'] },
  { name: 'sage and cream', bg: ['#47624f', '#e8e1cc'], shapes: ['#f3eedd', '#7d9b7f', '#c4cfae'] },
  { name: 'dusk violet', bg: ['#3b3656', '#c9a9a6'], shapes: ['#e6cfc6', '#6b5f8f', '#a38fb3'] },
  { name: 'terracotta', bg: ['#8a4b36', '#f0d9be'], shapes: ['#f6e6d2', '#b86e4f', '#d9a982'] },
  { name: 'slate and mint', bg: ['#2f3e46', '#b9d8cc'], shapes: ['#d8ece3', '#52796f', '#84a98c'] },
  { name: 'ochre', bg: ['#6b5a2a', '#efe3b8'], shapes: ['#f7efd2', '#b09443', '#d8c27c'] },
  { name: 'harbour blue', bg: ['#17324d', '#9fb8cf'], shapes: ['#dbe6f0', '#2f5d86', '#6f93b5'] },
  { name: 'rose and stone', bg: ['#6d4a52', '#ddd2c8'], shapes: ['#efe7df', '#9c6b74', '#c2a39f'] },
];

/** Distinct grey-blue palette for the reference article's stand-in image. */
const referencePalette = {
  name: 'grey-blue',
  bg: ['#3c4a5a', '#aab6c2'],
  shapes: ['#d5dce3', '#5d6f82', '#8595a6'],
};

/** An abstract composition: diagonal gradient, a soft glow, circles, bands and a triangle. */
function compositionSvg(palette, seed) {
  const rand = prng(seed);
  const [bgA, bgB] = palette.bg;
  const [light, mid, soft] = palette.shapes;
  const r = (min, max) => Math.round(min + rand() * (max - min));

  const glowX = r(300, 1300);
  const glowY = r(200, 700);

  const circles = Array.from({ length: 3 }, (_, i) => {
    const cx = r(150, 1450);
    const cy = r(120, 780);
    const radius = r(70, 260);
    const fill = [light, mid, soft][i];
    const opacity = (0.35 + rand() * 0.4).toFixed(2);
    return `<circle cx="${cx}" cy="${cy}" r="${radius}" fill="${fill}" fill-opacity="${opacity}"/>`;
  }).join('');

  const bandY = r(450, 720);
  const bandH = r(60, 140);
  const band = `<rect x="-100" y="${bandY}" width="${WIDTH + 200}" height="${bandH}" fill="${soft}" fill-opacity="0.35" transform="rotate(${r(-8, 8)} ${WIDTH / 2} ${bandY})"/>`;

  const tx = r(200, 1200);
  const ty = r(150, 500);
  const size = r(180, 320);
  const triangle = `<polygon points="${tx},${ty + size} ${tx + size},${ty + size} ${tx + size / 2},${ty}" fill="${mid}" fill-opacity="0.45"/>`;

  const ring = `<circle cx="${r(200, 1400)}" cy="${r(150, 750)}" r="${r(90, 200)}" fill="none" stroke="${light}" stroke-opacity="0.55" stroke-width="${r(10, 24)}"/>`;

  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">
  <defs>
    <linearGradient id="bg" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="${bgA}"/>
      <stop offset="1" stop-color="${bgB}"/>
    </linearGradient>
    <radialGradient id="glow" cx="${glowX}" cy="${glowY}" r="600" gradientUnits="userSpaceOnUse">
      <stop offset="0" stop-color="${light}" stop-opacity="0.45"/>
      <stop offset="1" stop-color="${light}" stop-opacity="0"/>
    </radialGradient>
  </defs>
  <rect width="${WIDTH}" height="${HEIGHT}" fill="url(#bg)"/>
  <rect width="${WIDTH}" height="${HEIGHT}" fill="url(#glow)"/>
  ${band}
  ${circles}
  ${triangle}
  ${ring}
</svg>`;
}

/** The site mark: a dark rounded square with a lighter half-disc forming a bold "D". */
function logoSvg() {
  const size = 512;
  // The "D": a vertical stem plus a half-disc bowl, both in the light tone.
  const stemX = 136;
  const stemW = 72;
  const top = 112;
  const bottom = 400;
  const radius = (bottom - top) / 2; // 144
  const cy = top + radius;
  const bowlX = stemX + stemW - 8; // overlap the stem slightly so there is no seam
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">
  <rect width="${size}" height="${size}" rx="72" fill="#14213d"/>
  <rect x="${stemX}" y="${top}" width="${stemW}" height="${bottom - top}" fill="#f2e9d8"/>
  <path d="M ${bowlX} ${top} A ${radius} ${radius} 0 0 1 ${bowlX} ${bottom} Z" fill="#f2e9d8"/>
  <path d="M ${bowlX} ${cy - 64} A 64 64 0 0 1 ${bowlX} ${cy + 64} Z" fill="#14213d"/>
</svg>`;
}

async function writeJpeg(svg, file) {
  const info = await sharp(Buffer.from(svg)).flatten({ background: '#ffffff' }).jpeg(JPEG).toFile(file);
  return info.size;
}

async function main() {
  await mkdir(imagesDir, { recursive: true });
  await mkdir(publicDir, { recursive: true });

  const written = [];
  for (const [i, palette] of palettes.entries()) {
    const file = join(imagesDir, `placeholder-${i + 1}.jpg`);
    const size = await writeJpeg(compositionSvg(palette, 1000 + i * 7919), file);
    written.push([file, size, palette.name]);
  }

  const refFile = join(imagesDir, 'putin-placeholder.jpg');
  written.push([refFile, await writeJpeg(compositionSvg(referencePalette, 424242), refFile), referencePalette.name]);

  const logoFile = join(publicDir, 'logo.png');
  const logo = await sharp(Buffer.from(logoSvg())).png({ compressionLevel: 9 }).toFile(logoFile);
  written.push([logoFile, logo.size, 'logo']);

  for (const [file, size, label] of written) {
    console.log(`${file.slice(root.length + 1).padEnd(40)} ${(size / 1024).toFixed(1).padStart(6)} KB  ${label}`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
