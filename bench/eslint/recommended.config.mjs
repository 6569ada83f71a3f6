// The benchmark's (c): (b) plus this plugin's `recommended` config, from the build in `dist/`.
import typedParsing from './typed-parsing.config.mjs';
import plugin from '../../dist/index.js';

export default [...typedParsing, plugin.configs.recommended];
