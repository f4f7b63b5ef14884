import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			// TypeScript already reports undefined names, and better than this rule does.
			'no-undef': 'off',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	// The layers, and what each may import (README, "Architecture"). One rule per layer: a later
	// block for the same files would replace the earlier list, not add to it.
	{
		// The queue domain is pure: the office's rules, with nothing but shared types and values.
		files: ['src/lib/server/queue/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							regex: '^(?!\\./|\\$lib/shared/|\\.\\./\\.\\./shared/)',
							message: 'The queue domain imports only itself and $lib/shared.'
						}
					]
				}
			]
		}
	},
	{
		// What runs in the browser never reaches for server code (nor its types).
		files: ['src/lib/client/**', 'src/lib/components/**', 'src/routes/**/*.svelte'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							regex: '^\\$lib/server(/|$)',
							message: 'Browser code imports $lib/shared, not $lib/server.'
						}
					]
				}
			]
		}
	},
	{
		// Routes are thin: they call the app's services, never the database layer.
		files: ['src/routes/**/*.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							regex: '^(\\$lib/server/db|better-sqlite3$)',
							message: 'Routes go through the app (locals.app), not the database layer.'
						}
					]
				}
			]
		}
	},
	{
		// The printer is a part of its own: it knows tickets and languages, not the server.
		files: ['printer/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							regex: '^\\$lib/(?!shared/|i18n)',
							message: 'printer/ imports only $lib/shared and the i18n messages.'
						}
					]
				}
			]
		}
	},
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'node_modules/',
			'data/',
			'test-results/',
			'playwright-report/'
		]
	}
);
