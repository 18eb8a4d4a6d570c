/** The signed-in user for pages, read once per request (React cache). */
import "server-only";
import { cache } from "react";
import { requireUserForPage } from "@/lib/auth";
import type { Role } from "@/model/role";

export const pageUser = cache((minimum: Role = "contributor") => requireUserForPage(minimum));
