/** Where the build puts the packed rules in the extension package (wxt.config.ts writes it). */
export const PACKED_RULES_FILE = 'rules/packed.json';
