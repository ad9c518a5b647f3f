import type { Config } from 'tailwindcss';
import typography from '@tailwindcss/typography';

/**
 * The design tokens of Dateline. Colours point at CSS variables (defined per theme in
 * src/styles/global.css) so light, dark and any later theme switch without `dark:` variants
 * scattered through the markup.
 */
export default {
  content: ['./src/**/*.{astro,ts,mdx}'],
  theme: {
    extend: {
      colors: {
        paper: 'var(--color-paper)',
        'paper-raised': 'var(--color-paper-raised)',
        ink: 'var(--color-ink)',
        'ink-muted': 'var(--color-ink-muted)',
        rule: 'var(--color-rule)',
        accent: 'var(--color-accent)',
        'accent-ink': 'var(--color-accent-ink)',
        focus: 'var(--color-focus)',
        flag: 'var(--color-flag)',
      },
      fontFamily: {
        // Source Serif 4 (self-hosted, src/styles/global.css) sets headlines and text. The sans
        // stack names fonts by name only, no generic family: where none is installed (a bare
        // Linux), text stays in Source Serif rather than falling back to DejaVu Sans.
        serif: ['"Source Serif 4"', 'Georgia', 'serif'],
        sans: [
          '-apple-system',
          '"Segoe UI"',
          'Roboto',
          '"Helvetica Neue"',
          'Arial',
          '"Noto Sans"',
          '"Liberation Sans"',
          '"Source Serif 4"',
          'Georgia',
          'serif',
        ],
      },
      maxWidth: {
        // The reader's line width preference (global.css); 42rem unless they chose otherwise.
        measure: 'var(--measure)',
        page: '76rem',
      },
      typography: {
        DEFAULT: {
          css: {
            '--tw-prose-body': 'var(--color-ink)',
            '--tw-prose-headings': 'var(--color-ink)',
            '--tw-prose-links': 'var(--color-accent)',
            '--tw-prose-bold': 'var(--color-ink)',
            '--tw-prose-quotes': 'var(--color-ink)',
            '--tw-prose-quote-borders': 'var(--color-accent)',
            '--tw-prose-captions': 'var(--color-ink-muted)',
            '--tw-prose-hr': 'var(--color-rule)',
            '--tw-prose-bullets': 'var(--color-ink-muted)',
            '--tw-prose-counters': 'var(--color-ink-muted)',
            // The source's own typographic quotes stay; the plugin must not add a second pair.
            'blockquote p:first-of-type::before': { content: 'none' },
            'blockquote p:last-of-type::after': { content: 'none' },
          },
        },
      },
    },
  },
  plugins: [typography],
} satisfies Config;
