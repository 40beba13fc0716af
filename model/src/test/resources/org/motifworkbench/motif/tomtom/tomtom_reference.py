"""Expected values for TomtomAgreementTest: memesuite-lite's Tomtom run on JASPAR motifs.

Run once, by hand (numba is not needed: a stand-in runs memesuite-lite's numba functions as plain
Python, slowly but unchanged):

  python3 tomtom_reference.py MEMESUITE_LITE_DIR JASPAR.meme > jaspar_tomtom_ed.tsv

MEMESUITE_LITE_DIR is a checkout of github.com/jmschrei/memesuite-lite (commit f880914, file
memelite/tomtom.py); JASPAR.meme is samples/motif-databases/JASPAR_CORE_2016_vertebrates.meme.
Options: tomtom(..., n_target_bins=None) (exact target columns, as MEME Suite's tomtom does, not
memesuite-lite's approximate hashing), reverse_complement=True, all other options default
(Euclidean distance, 100 score bins, 1000 median bins). Rows are scaled to sum 1 first, as the
workbench does.
"""
import importlib.util
import sys
import types

import numpy


def numba_stand_in():
    numba = types.ModuleType("numba")

    def njit(*args, **kwargs):
        if args and callable(args[0]):
            return args[0]
        return lambda f: f

    numba.njit = njit
    numba.prange = range
    numba.get_thread_id = lambda: 0
    numba.get_num_threads = lambda: 1
    numba.set_num_threads = lambda n: None
    sys.modules["numba"] = numba


def read_meme(path):
    motifs = []
    lines = open(path).read().splitlines()
    i = 0
    while i < len(lines):
        if lines[i].startswith("MOTIF"):
            motif_id = lines[i].split()[1]
            while "letter-probability" not in lines[i]:
                i += 1
            width = int(lines[i].split("w=")[1].split()[0])
            rows = [[float(x) for x in lines[i + 1 + k].split()] for k in range(width)]
            m = numpy.array(rows, dtype="float64")
            m = m / m.sum(axis=1, keepdims=True)
            motifs.append((motif_id, numpy.ascontiguousarray(m.T)))
            i += width
        i += 1
    return motifs


QUERIES = sys.argv[3].split(",") if len(sys.argv) > 3 else ["MA0002.2", "MA0003.3", "MA0028.2", "MA0035.3", "MA0047.2", "MA0079.3", "MA0105.4",
           "MA0143.3", "MA0466.2", "MA0139.1", "MA0106.3", "MA0113.3", "MA0114.3", "MA0138.2",
           "MA0142.1", "MA0140.2"]


def main():
    numba_stand_in()
    spec = importlib.util.spec_from_file_location("tomtom", sys.argv[1] + "/memelite/tomtom.py")
    tt = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tt)
    # numba's uint64() casts; plain ints keep Python's arithmetic exact and signed like numba's.
    tt.uint64 = int
    db = read_meme(sys.argv[2])
    ids = [m[0] for m in db]
    targets = [m[1] for m in db]
    print("query\ttarget\tp_value\tscore\toffset\toverlap\tstrand")
    for q in QUERIES:
        query = targets[ids.index(q)]
        p, score, offset, overlap, strand = tt.tomtom([query], targets, n_target_bins=None,
                                                      n_jobs=1)
        for k in range(len(ids)):
            print("%s\t%s\t%.6e\t%d\t%d\t%d\t%s" % (q, ids[k], p[0, k], score[0, k],
                                                   offset[0, k], overlap[0, k],
                                                   "-" if strand[0, k] else "+"))
        sys.stdout.flush()


if __name__ == "__main__":
    main()
