// `npm run user:add -- --username NAME --role admin|staff|leader [--name 显示名] [--reset]`
// Adds an account (or, with --reset, sets a new password for an existing one). The password is
// read from the PASSWORD environment variable or, when absent, asked for on the terminal.

import { resolve } from "node:path";
import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";
import { accountRoles, isRole, type Role } from "../src/domain/roles";
import { hashPassword } from "../src/server/auth/password";
import { readConfig } from "../src/server/config";
import { createAccountsStore } from "../src/server/store/accounts-store";
import { openStore } from "../src/server/store/sql";

const { values } = parseArgs({
  options: {
    username: { type: "string" },
    role: { type: "string" },
    name: { type: "string" },
    reset: { type: "boolean", default: false },
  },
});
const fail = (message: string) => {
  console.error(message);
  process.exit(1);
};
if (!values.username) fail("--username is required");
if (!values.reset && !isRole(values.role)) fail(`--role must be one of ${accountRoles.join(", ")}`);

async function readPassword(): Promise<string> {
  if (process.env.PASSWORD) return process.env.PASSWORD;
  if (!process.stdin.isTTY) fail("Set PASSWORD, or run in a terminal to type it.");
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const password = await rl.question("Password (at least 12 characters): ");
  rl.close();
  return password;
}

const password = await readPassword();
if (password.length < 12) fail("The password must have at least 12 characters.");
const config = readConfig(process.env, resolve(import.meta.dirname, ".."));
const store = await openStore({ dataDir: config.dataDir });
const accounts = createAccountsStore(store);
const username = values.username as string;
const hash = await hashPassword(password);
if (values.reset) {
  if (!(await accounts.setPassword(username, hash))) fail(`No account named ${username}.`);
  console.log(`New password set for ${username} in ${config.dataDir}.`);
} else {
  if (await accounts.findForSignIn(username))
    fail(`${username} exists already; use --reset to set a new password.`);
  await accounts.addUser(
    { username, role: values.role as Role, displayName: values.name ?? username },
    hash,
  );
  console.log(`Added ${username} (${values.role}) to ${config.dataDir}.`);
}
await store.close();
