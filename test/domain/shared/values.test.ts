import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  isPlainObject,
  isUsableModelId,
  MAX_MODEL_ID_LENGTH,
  nonEmptyString,
  nonNegativePrice,
  positiveSafeInteger,
  readPath,
} from "../../../src/domain/shared/values.js";

describe("isPlainObject", () => {
  it.each([{}, { a: 1 }, Object.create(null)])("accepts an object (%j)", (value) => {
    expect(isPlainObject(value)).toBe(true);
  });

  it.each([null, undefined, [], [1], "x", 1, true])("rejects %j", (value) => {
    expect(isPlainObject(value)).toBe(false);
  });
});

describe("positiveSafeInteger", () => {
  it.each([1, 8192, Number.MAX_SAFE_INTEGER])("keeps %d", (value) => {
    expect(positiveSafeInteger(value, 7)).toBe(value);
  });

  it.each([
    0,
    -0,
    -1,
    1.5,
    Number.MAX_SAFE_INTEGER + 1,
    Number.NaN,
    Infinity,
    "100",
    null,
    undefined,
  ])("falls back for %j", (value) => {
    expect(positiveSafeInteger(value, 7)).toBe(7);
  });

  it("always returns a positive safe integer when the fallback is one", () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const result = positiveSafeInteger(value, 128_000);
        expect(Number.isSafeInteger(result) && result > 0).toBe(true);
      }),
    );
  });
});

describe("nonNegativePrice", () => {
  it.each([0, 0.0568, 14, 1e9])("keeps %d", (value) => {
    expect(nonNegativePrice(value)).toBe(value);
  });

  it.each([-0.01, Number.NaN, Infinity, -Infinity, "1.75", null, undefined, {}])(
    "is 0 for %j",
    (value) => {
      expect(nonNegativePrice(value)).toBe(0);
    },
  );

  it("always returns a finite non-negative number", () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.double()), (value) => {
        const result = nonNegativePrice(value);
        expect(Number.isFinite(result) && result >= 0).toBe(true);
      }),
    );
  });
});

describe("isUsableModelId", () => {
  it.each(["gpt-5.5", "a", "vendor/model:tag", "inner space", "x".repeat(MAX_MODEL_ID_LENGTH)])(
    "accepts %j",
    (id) => {
      expect(isUsableModelId(id)).toBe(true);
    },
  );

  it.each([
    ["empty", ""],
    ["blank", " \t "],
    ["a single space", " "],
    ["a leading space", " gpt-5.5"],
    ["a trailing space", "gpt-5.5 "],
    ["surrounding spaces", " padded "],
    ["a leading non-breaking space", "\u00a0gpt-5.5"],
    ["a trailing em space", "gpt-5.5\u2003"],
    ["a trailing line separator", "gpt-5.5\u2028"],
    ["a leading byte-order mark", "\ufeffgpt-5.5"],
    ["too long", "x".repeat(MAX_MODEL_ID_LENGTH + 1)],
    ["NUL", "gpt\u0000"],
    ["newline", "gpt\n5"],
    ["unit separator", "a\u001fb"],
    ["DEL", "a\u007fb"],
    ["C1 control", "a\u0085b"],
    ["last C1 control", "a\u009fb"],
    ["a number", 5],
    ["null", null],
    ["an object", { id: "gpt-5.5" }],
  ])("rejects %s", (_label, id) => {
    expect(isUsableModelId(id)).toBe(false);
  });

  it("allows the printable characters just outside the control ranges", () => {
    expect(isUsableModelId("a\u0020b\u007eb\u00a0c")).toBe(true);
  });

  it("rejects a usable id with any whitespace added around it", () => {
    const usable = fc.string({ minLength: 1, maxLength: 40 }).filter(isUsableModelId);
    const space = fc.constantFrom(" ", "\u00a0", "\u2003", "\u2028", "\ufeff");
    fc.assert(
      fc.property(usable, space, fc.boolean(), (id, pad, before) => {
        expect(isUsableModelId(before ? pad + id : id + pad)).toBe(false);
      }),
    );
  });

  it("accepts only ids that are their own trim", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "binary" })), (id) => {
        if (isUsableModelId(id)) expect(id.trim()).toBe(id);
      }),
      { numRuns: 500 },
    );
  });

  it("caps ids at 256 characters", () => {
    expect(MAX_MODEL_ID_LENGTH).toBe(256);
  });

  it("rejects any id with a control character, wherever it sits", () => {
    const control = fc.oneof(
      fc.integer({ min: 0, max: 0x1f }),
      fc.integer({ min: 0x7f, max: 0x9f }),
    );
    fc.assert(
      fc.property(fc.string(), control, fc.string(), (before, code, after) => {
        expect(isUsableModelId(before + String.fromCharCode(code) + after)).toBe(false);
      }),
    );
  });
});

describe("nonEmptyString", () => {
  it("returns a string with content unchanged", () => {
    expect(nonEmptyString("  GPT  ")).toBe("  GPT  ");
  });

  it.each(["", "   ", 0, null, undefined, ["x"]])("is undefined for %j", (value) => {
    expect(nonEmptyString(value)).toBeUndefined();
  });
});

describe("readPath", () => {
  const data = { a: { b: { c: 42 } }, list: [{ x: 1 }] };

  it("reads a nested value", () => {
    expect(readPath(data, ["a", "b", "c"])).toBe(42);
    expect(readPath(data, [])).toBe(data);
  });

  it("is undefined off the path, through primitives, nulls and arrays", () => {
    expect(readPath(data, ["a", "missing", "c"])).toBeUndefined();
    expect(readPath(data, ["a", "b", "c", "d"])).toBeUndefined();
    expect(readPath(data, ["list", "0"])).toBeUndefined();
    expect(readPath(null, ["a"])).toBeUndefined();
    expect(readPath("text", ["length"])).toBeUndefined();
  });

  it("never throws on arbitrary data", () => {
    fc.assert(
      fc.property(fc.anything(), fc.array(fc.string(), { maxLength: 4 }), (value, path) => {
        readPath(value, path);
      }),
    );
  });
});
