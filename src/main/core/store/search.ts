// How a ledger search term is matched, for both engines: the rule lives in shared/search.ts so
// the console applies the same one to live rows.
export { searchSpellings } from '../../../shared/search'
