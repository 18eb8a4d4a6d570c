/**
 * What `npm run import` prints when the archive carried no password hashes (the default of
 * `npm run export`): every login was restored with an unusable hash, so it names the exact
 * command that gives an owner a password on this server.
 */
export function restoreAccessAdvice(logins: { owners: string[]; others: number }): string[] {
  if (logins.owners.length === 0) {
    return [
      "The archive had no password hashes and no active owner: create one with",
      '  npm run user:create -- --email you@example.com --name "Your Name" --role owner',
    ];
  }
  return [
    "The archive had no password hashes: nobody can sign in until they get a new password. To get an owner in, run on this server:",
    ...logins.owners.map((email) => `  npm run user:password -- --email ${email}`),
    "It prints a new password once (or pass --password …). Sign in at /editor with it, then change it under Account.",
    ...(logins.others > 0 ? [`The ${logins.others} other login(s) get theirs the same way (npm run user:password -- --email …).`] : []),
  ];
}
