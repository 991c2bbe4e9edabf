import { Hono } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { z } from "zod";
import {
  type CategoryRecord,
  categoryRecordSchema,
  lightConfusedWith,
  newCategorySchema,
} from "../../domain/category";
import { defineMessages, text } from "../../domain/i18n";
import { documented, writeHeaders } from "../api-doc";
import { apiError, requestLang } from "../api-error";
import { type AppEnv, actorLabel } from "../auth/actor";
import { requireRole } from "../auth/identify";
import { onceByBody } from "../idempotency";
import type { ChangeFeed } from "../live/change-feed";
import type { CategoriesStore } from "../store/categories-store";
import type { IdempotencyStore } from "../store/idempotency-store";
import { validate } from "../validate";

type Deps = { categories: CategoriesStore; idempotency: IdempotencyStore; feed: ChangeFeed };

export const categoryMessagesForFields = defineMessages({
  zh: {
    category_exists: "已有编号为 {id} 的类别（{name}），请换一个编号。",
    category_colour_light:
      "颜色 {colour} 与{light}太接近，地图和图表上会与状态灯混淆；请选蓝、紫、青或灰色系。",
    red: "红灯",
    yellow: "黄灯",
    green: "绿灯",
  },
  en: {
    category_exists: "There is already a category with id {id} ({name}); choose another id.",
    category_colour_light:
      "The colour {colour} is too close to the {light} light and would be confused with it on the map and charts; choose a blue, violet, teal or grey.",
    red: "red",
    yellow: "yellow",
    green: "green",
  },
});

/** A refusal of one field, in the same shape as the validator's: details.issues names the field. */
export function fieldRefusal(
  status: ContentfulStatusCode,
  code: string,
  field: string,
  message: string,
) {
  return {
    status,
    body: { error: { code, message, details: { issues: [{ field, message }] } } },
  };
}

const categoriesAnswer = z.object({ categories: z.array(categoryRecordSchema) });
const tags = ["categories"];

/** The district's project categories: everyone who reads may list them; admins add. */
export function categoryRoutes({ categories, idempotency, feed }: Deps) {
  return new Hono<AppEnv>()
    .get(
      "/",
      documented({
        summary: "Project categories in their order, with names and colours",
        tags,
        answers: { 200: categoriesAnswer },
      }),
      async (c) => c.json({ categories: await categories.list() }),
    )
    .post(
      "/",
      documented({
        summary: "Add a project category (admin): id, name, nameEn, colour, order?",
        description:
          "Refused (409) for an id already in use and (400) for a colour too close to a status light, each with details.issues naming the field. Audited. Honours Idempotency-Key.",
        tags,
        answers: { 201: z.object({ category: categoryRecordSchema }) },
        errors: [400, 409, 413, 422],
        headers: writeHeaders,
      }),
      requireRole("admin"),
      validate("json", newCategorySchema),
      async (c) => {
        const actor = c.get("actor");
        if (!actor) return apiError(c, 401, "unauthenticated");
        const input = c.req.valid("json");
        const lang = requestLang(c);
        const say = (code: keyof typeof categoryMessagesForFields.zh, p = {}) =>
          text(categoryMessagesForFields, code, lang, p);
        return onceByBody(c, idempotency, actorLabel(actor), async () => {
          const existing = await categories.get(input.id);
          if (existing)
            return fieldRefusal(
              409,
              "category_exists",
              "id",
              say("category_exists", {
                id: input.id,
                name: lang === "zh" ? existing.name : existing.nameEn,
              }),
            );
          const light = lightConfusedWith(input.colour);
          if (light)
            return fieldRefusal(
              400,
              "category_colour_light",
              "colour",
              say("category_colour_light", { colour: input.colour, light: say(light) }),
            );
          const list = await categories.list();
          const category: CategoryRecord = {
            ...input,
            colour: input.colour.toLowerCase(),
            order: input.order ?? Math.max(-1, ...list.map((x) => x.order)) + 1,
          };
          await categories.add(category, actorLabel(actor));
          feed.publish({ type: "projects" });
          return { status: 201, body: { category } };
        });
      },
    );
}
