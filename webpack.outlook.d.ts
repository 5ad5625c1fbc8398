/** Types of webpack.outlook.js, for the TypeScript code (tests) that builds the task pane. */
import type { Configuration, WebpackPluginInstance } from 'webpack';

export const outlookEntry: Record<'outlook', string>;
export function outlookPlugins(): WebpackPluginInstance[];
export function standaloneOutlookConfig(opts: { outDir: string; mode?: 'production' | 'development'; publicPath?: string }): Configuration;
