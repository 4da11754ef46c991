"""Prints the totals of a ./test run: tests per suite, coverage per module, and one closing line
'N passed, N failed' that CI reads."""
import csv
import glob
import os
import re
import sys
import xml.etree.ElementTree as ET

root, work, e2e_passed, e2e_failed = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])


failing = []


def surefire(label, pattern):
    totals = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
    for report in glob.glob(os.path.join(root, pattern)):
        suite = ET.parse(report).getroot()
        for key in totals:
            totals[key] += int(suite.get(key, 0))
        for case in suite.iter("testcase"):
            problem = case.find("failure")
            if problem is None:
                problem = case.find("error")
            if problem is not None:
                text = problem.get("message") or problem.get("type") or ""
                lines = [l.strip() for l in text.splitlines() if l.strip()][:4]
                failing.append((label, case.get("classname", "").split(".")[-1], case.get("name", ""),
                                " / ".join(lines)[:300]))
    return totals


def vitest_failures(label, name):
    """The tests a Vitest log reports as failed, each with the first line of its error."""
    log = os.path.join(work, name)
    if not os.path.exists(log):
        return
    lines = re.sub(r"\x1b\[[0-9;]*m", "", open(log, encoding="utf-8", errors="replace").read()).splitlines()
    for i, l in enumerate(lines):
        found = re.match(r"\s*FAIL\s+(.+)", l)
        if found:
            block = []
            for e in lines[i + 1:i + 80]:
                if re.match(r"\s*FAIL\s+", e) or "⎯" in e:
                    break
                block.append(e.strip())
            error = next((e for e in block if e), "")
            # A browser's time-out says what it waited for (Playwright's call log) and where the
            # test asked for it: the lines of the test's own files in the stack.
            waited = next((e for e in block if e.startswith("- waiting for")), "")
            where = [e.lstrip("❯ ").strip() for e in block
                     if e.startswith("❯") and re.search(r"(e2e|src)/\S+\.tsx?:\d+", e)]
            detail = " / ".join(part for part in (error, waited, " < ".join(where[:3])) if part)
            failing.append((label, "", found.group(1).strip(), detail[:500]))


def vitest():
    log = os.path.join(work, "frontend.log")
    if not os.path.exists(log):
        return 0, 0
    text = re.sub(r"\x1b\[[0-9;]*m", "", open(log, encoding="utf-8", errors="replace").read())
    line = [l for l in text.splitlines() if re.match(r"\s*Tests\s+", l)]
    if not line:
        return 0, 0
    passed = re.search(r"(\d+) passed", line[-1])
    failed = re.search(r"(\d+) failed", line[-1])
    return int(passed.group(1)) if passed else 0, int(failed.group(1)) if failed else 0


def spa_coverage():
    log = os.path.join(work, "frontend.log")
    if not os.path.exists(log):
        return None
    for l in open(log, encoding="utf-8", errors="replace"):
        if l.strip().startswith("All files"):
            cells = [c.strip() for c in l.split("|")]
            return cells[4] if len(cells) > 4 else None
    return None


rows = []
passed = failed = skipped = 0
for label, pattern in (("backend on H2", "*/target/surefire-reports/TEST-*.xml"),
                       ("backend on PostgreSQL", "*/target/surefire-reports-postgresql/TEST-*.xml")):
    t = surefire(label, pattern)
    bad = t["failures"] + t["errors"]
    rows.append((label, t["tests"] - bad - t["skipped"], bad, t["skipped"]))
vp, vf = vitest()
rows.append(("SPA unit tests (Vitest)", vp, vf, 0))
rows.append(("end-to-end (Chromium)", e2e_passed, e2e_failed, 0))
vitest_failures("SPA unit tests", "frontend.log")
vitest_failures("end-to-end", "e2e.log")

print(f"{'suite':<28}{'passed':>8}{'failed':>8}{'skipped':>9}")
for label, p, f, s in rows:
    print(f"{label:<28}{p:>8}{f:>8}{s:>9}")
    passed, failed, skipped = passed + p, failed + f, skipped + s

print("\nLine coverage")
for report in sorted(glob.glob(os.path.join(root, "*/target/site/jacoco/jacoco.csv"))):
    missed = covered = 0
    with open(report, newline="") as handle:
        for row in csv.DictReader(handle):
            missed += int(row["LINE_MISSED"])
            covered += int(row["LINE_COVERED"])
    module = report.split(os.sep)[-5]
    total = missed + covered
    print(f"  {module:<26}{(100.0 * covered / total if total else 0):6.1f} %  ({covered}/{total} lines)")
spa = spa_coverage()
if spa:
    print(f"  {'frontend (Vitest)':<26}{spa:>6} %")

if failing:
    # Named here, at the end of the log, so that a run whose log is cut to its tail still says
    # which spec failed and why.
    print("\nFailed tests")
    for label, spec, name, message in failing:
        print(f"  [{label}] {spec + ' > ' if spec else ''}{name}")
        if message:
            print(f"      {message}")

print()
line = f"{passed} passed, {failed} failed"
print(line + (f", {skipped} skipped" if skipped else ""))
sys.exit(1 if failed or skipped or passed == 0 else 0)
