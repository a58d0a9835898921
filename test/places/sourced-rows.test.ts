/** Rows added with a sourced governorate but no sourced coordinates still place an incident. */
import { describe, expect, it } from "vitest";
import { extractIncidents } from "../../lib/extract";

const governorateOf = (text: string) => extractIncidents({ text, published: null, url: null, outlet: null })[0]?.governorate;

describe("places whose governorate is sourced without coordinates", () => {
  it("places المتونة in Suwayda even when a road to Damascus is named", () => {
    expect(governorateOf("اختطف مسلحون شابا على طريق دمشق – السويداء قرب منطقة المتونة.")).toBe("Suwayda");
  });
  it("places الطيانة in Deir ez-Zor", () => {
    expect(governorateOf("قتل عنصر بانفجار عبوة ناسفة في بلدة الطيانة.")).toBe("Deir ez-Zor");
  });
});
