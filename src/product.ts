/** What the product calls itself in reports. One place, so SARIF, JSON and the CLI agree. */
import packageJson from '../package.json' with { type: 'json' };

export const PRODUCT_NAME = 'pybp';
export const PRODUCT_VERSION: string = packageJson.version;
export const PRODUCT_REPOSITORY = 'https://github.com/pybp-action/pybp-action';
export const RULE_DOCS_URL = `${PRODUCT_REPOSITORY}/blob/v1/docs/rules`;
