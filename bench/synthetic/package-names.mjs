// @ts-check

/** Nouns that tell the packages of a synthetic project apart, as a real code base's folders do. */
const NOUNS = [
  ...'Ledger Invoice Parcel Ticket Meter Roster Quote Batch Report Vault Route Signal'.split(' '),
  ...'Tariff Ballot Cargo Permit Survey Lease Order Badge Claim Voucher Sample Docket'.split(' '),
];

/**
 * The names one package of a synthetic project uses: its folder and the prefix of its types and
 * functions (`Ledger7Sink`, `drainLedger7`), unique in the project.
 *
 * @param {number} index
 */
export function packageNames(index) {
  const noun = /** @type {string} */ (NOUNS[index % NOUNS.length]);
  const type = `${noun}${index}`;
  return { index, folder: `p${String(index).padStart(4, '0')}`, type };
}

/** @typedef {ReturnType<typeof packageNames>} PackageNames */
