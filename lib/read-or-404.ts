import { notFound } from "next/navigation";
import { cache } from "react";

import { AppError } from "@/lib/errors";

/**
 * A page's read by id, for every page that loads one: a missing row, or another user's (the
 * service's NOT_FOUND), is the 404 page. The read is cached per request, so generateMetadata and
 * the page share one read: `const loadCompany = readOr404(getCompanyDetail)`.
 */
export function readOr404<A extends unknown[], T>(read: (...args: A) => Promise<T>): (...args: A) => Promise<T> {
  return cache(async (...args: A) => {
    try {
      return await read(...args);
    } catch (error) {
      if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
      throw error;
    }
  });
}
