import { requireApiUser } from "@/lib/auth";
import { AppError } from "@/lib/errors";
import { getAsset } from "@/lib/services/import-assets";
import { ZAssetName } from "@/lib/validation/import";

import { errorResponse } from "@/lib/http/response";

export const dynamic = "force-dynamic";

/**
 * GET `/api/assets/<file name>`: one of the signed-in user's uploaded note images (the Markdown
 * renderer maps `assets/<file name>` here). Another user's file name is 404.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ name: string }> }) {
  try {
    const user = await requireApiUser();
    const parsed = ZAssetName.safeParse((await params).name);
    if (!parsed.success) throw new AppError("NOT_FOUND");
    const asset = await getAsset(user.id, parsed.data);
    return new Response(Buffer.from(asset.data), {
      headers: {
        "Content-Type": asset.mimeType,
        "Cache-Control": "private, max-age=3600",
        "X-Content-Type-Options": "nosniff",
        "Content-Security-Policy": "default-src 'none'",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
