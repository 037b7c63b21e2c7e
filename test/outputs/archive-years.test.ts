import { describe, expect, it } from "vitest";
import { ARCHIVE_NOTES_PER_YEAR, archiveYears } from "../../lib/outputs/archive-years.ts";

const numbered = (count: number) => Array.from({ length: count }, (_, index) => `note ${index + 1}`);

describe("the archive's years", () => {
  it("list a year's newest notes up to the limit, and say how many it has in all", () => {
    const [busy, quiet] = archiveYears([
      { year: 2019, notes: numbered(5) },
      { year: 2016, notes: numbered(2) },
    ], 3);
    expect(busy).toEqual({ year: 2019, notes: ["note 1", "note 2", "note 3"], total: 5, yearUrl: "/years/2019/" });
    expect(quiet).toEqual({ year: 2016, notes: ["note 1", "note 2"], total: 2, yearUrl: "/years/2016/" });
  });

  it("list as many notes a year as one browse page by default", () => {
    const [year] = archiveYears([{ year: 2020, notes: numbered(ARCHIVE_NOTES_PER_YEAR + 1) }]);
    expect(year!.notes).toHaveLength(ARCHIVE_NOTES_PER_YEAR);
    expect(year!.total).toBe(ARCHIVE_NOTES_PER_YEAR + 1);
  });
});
