import type { Role } from "../../domain/roles";
import type { AccountsStore } from "../store/accounts-store";
import { hashPassword, verifyPassword } from "./password";

/** Demo mode's accounts (documented in the README). Production refuses to run while any remains. */
export const demoAccounts: {
  username: string;
  password: string;
  role: Role;
  displayName: string;
  unit?: string;
}[] = [
  { username: "admin", password: "demo-admin", role: "admin", displayName: "演示管理员" },
  { username: "staff", password: "demo-staff", role: "staff", displayName: "演示工作人员" },
  { username: "leader", password: "demo-leader", role: "leader", displayName: "演示区领导" },
  // A responsible unit with five seed projects, so its reporter has a list to work through.
  {
    username: "unit",
    password: "demo-unit",
    role: "unit",
    displayName: "演示责任单位（区工业和信息化局）",
    unit: "区工业和信息化局",
  },
];

export async function ensureDemoAccounts(accounts: AccountsStore): Promise<void> {
  for (const demo of demoAccounts) {
    if (await accounts.findForSignIn(demo.username)) continue;
    await accounts.addUser(
      {
        username: demo.username,
        role: demo.role,
        displayName: demo.displayName,
        ...(demo.unit ? { unit: demo.unit } : {}),
      },
      await hashPassword(demo.password),
    );
  }
}

/** Accounts that still sign in with a demo password. */
export async function remainingDemoAccounts(accounts: AccountsStore): Promise<string[]> {
  const found: string[] = [];
  for (const demo of demoAccounts) {
    const account = await accounts.findForSignIn(demo.username);
    if (account && (await verifyPassword(demo.password, account.passwordHash)))
      found.push(demo.username);
  }
  return found;
}
