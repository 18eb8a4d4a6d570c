/** Every kind of event the audit trail records, with its label on the audit page. */
export const auditKinds = {
  "sign-in": "Signed in",
  "sign-in-failed": "Sign-in failed",
  lockout: "Sign-in locked",
  "sign-out": "Signed out",
  "sign-out-everywhere": "Signed out everywhere",
  "password-change": "Password changed",
  "password-reset-request": "Password reset asked for",
  "password-reset": "Password reset",
  invitation: "Invitation sent",
  "invitation-accepted": "Invitation accepted",
  "user-create": "User created",
  "role-change": "Role changed",
  "user-disable": "User disabled",
  "user-enable": "User enabled",
  "sessions-revoke": "Sessions revoked",
  publish: "Published",
  unpublish: "Unpublished",
  schedule: "Scheduled",
  send: "Newsletter sent",
  "test-send": "Test mail sent",
  export: "Export",
  "subscriber-erase": "Subscriber erased",
} as const;

export type AuditKind = keyof typeof auditKinds;

export const auditKindList = Object.keys(auditKinds) as AuditKind[];
