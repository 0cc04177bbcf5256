#!/usr/bin/env python3
"""Where a benchmark's time goes, from a Java Flight Recorder recording of ./enlace bench (docs/benchmarks.md).

Reads the execution and native-method samples of the benchmark's thread with the JDK's `jfr` tool and counts each
sample under the innermost method of the store or the search index on its stack (the SQL of one table, the audit log,
Lucene, XMI...), so the shares add up to the thread's time in the store.

  ENLACE_VMARGS="-XX:StartFlightRecording=filename=/tmp/bench.jfr,settings=default" ./enlace bench store
  releng/bench/jfr-phases.py /tmp/bench.jfr                    # every sample of the benchmark's thread
  releng/bench/jfr-phases.py /tmp/bench.jfr saveAll            # only the samples under ActingRepository.saveAll
  releng/bench/jfr-phases.py /tmp/bench.jfr search             # ... under ActingRepository.search

Needs python3 and `jfr` (in the JDK's bin folder) on the PATH.
"""
import collections
import re
import subprocess
import sys

THREAD = "enlace.bench.application"
STORE = r"org\.crm\.enlace\.store\.derby\.internal\."
# Checked in this order on each frame, innermost frame first: the first match names the sample.
PLACES = [
    ("audit log: SHA-256 of the chain", STORE + r"AuditChain\."),
    # The rows a write transaction batches (Inserts) are executed here for every table at once.
    ("batched inserts, every table (Inserts.flush)", STORE + r"Inserts\.flush"),
    ("audit log: SQL (head, insert)", STORE + r"AuditTable\."),
    ("XMI write (RecordCodec.write)", STORE + r"RecordCodec\.write"),
    ("XMI read (RecordCodec.read)", STORE + r"RecordCodec\.read"),
    ("SQL on RECORDS and RECORD_TYPES", STORE + r"RecordTable\."),
    ("SQL on RECORD_HISTORY and RECORD_RELEASE", STORE + r"HistoryTable\."),
    ("SQL on RECORD_INDEX", STORE + r"IndexTable\.(replace|remove|add|lambda)"),
    ("index fields of a record", STORE + r"IndexTable\.entries"),
    ("Lucene (documents, prepare, commit, search)", r"org\.crm\.enlace\.search\."),
    ("store state", STORE + r"StoreState\."),
    ("EMF copy", r"org\.eclipse\.emf\.ecore\.util\.EcoreUtil\.copy"),
    ("stamps and checks of a write", STORE + r"RecordWrites\."),
    ("reads (RecordReads)", STORE + r"RecordReads\."),
    ("commit", STORE + r"Transactions\.run"),
    ("raw JDBC floor", r"org\.crm\.enlace\.store\.derby\.bench\."),
    ("making the fictitious records", r"org\.crm\.enlace\.bench\.internal\.FictitiousRecords"),
]
PHASES = {"saveAll": "ActingRepository.saveAll", "search": "ActingRepository.search",
          "find": "ActingRepository.find", "count": "ActingRepository.count", "raw": "RawInsertBaseline.run"}


def samples(recording):
    text = subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample,jdk.NativeMethodSample",
                           "--stack-depth", "256", recording], capture_output=True, text=True, check=True).stdout
    for event in re.split(r"\njdk\.(?:ExecutionSample|NativeMethodSample) ", text)[1:]:
        thread = re.search(r'sampledThread = "([^"]*)"', event)
        if thread and THREAD in thread.group(1):
            yield re.findall(r"^\s+([\w$.<>]+)\(", event, re.M)


def main():
    if len(sys.argv) not in (2, 3) or (len(sys.argv) == 3 and sys.argv[2] not in PHASES):
        sys.exit(__doc__)
    phase = PHASES.get(sys.argv[2]) if len(sys.argv) == 3 else None
    places = [(name, re.compile(pattern)) for name, pattern in PLACES]
    counts = collections.Counter()
    for frames in samples(sys.argv[1]):
        if phase and not any(phase in frame for frame in frames):
            continue
        counts[next((name for frame in frames for name, pattern in places if pattern.search(frame)), "elsewhere")] += 1
    total = sum(counts.values())
    print(f"{total} samples of the benchmark's thread" + (f" under {phase}" if phase else ""))
    for name, count in counts.most_common():
        print(f"  {100.0 * count / max(1, total):5.1f} %  {count:7d}  {name}")


if __name__ == "__main__":
    main()
