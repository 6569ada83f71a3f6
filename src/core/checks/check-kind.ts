/** The ways code tests what a value concretely is; each can be defeated by some wrappers. */
export type CheckKind =
  | 'instanceof'
  | 'constructor'
  | 'identity'
  | 'private-brand'
  | 'discriminant'
  | 'capability';
