#!/usr/bin/python3
"""Reference: the workbench's multi-scale attention CNN in plain PyTorch, for accuracy and speed
comparisons. Reads a FASTA whose headers carry label=<class> (two classes), trains with Adam and
prints per-epoch metrics. Usage: pytorch_reference.py FASTA [--epochs N] [--threads T] [--no-attention]
With --bench it serves `mwb bench`, which times its epochs and predictions alternately with its own.
"""
import argparse, json, random, sys, time
import numpy as np
import torch
import torch.nn as nn

def read_fasta(path):
    seqs, labels, cur, lab = [], [], [], None
    for line in open(path):
        line = line.strip()
        if line.startswith('>'):
            if cur: seqs.append(''.join(cur)); labels.append(lab)
            cur = []; lab = [t.split('=', 1)[1] for t in line.split() if t.startswith('label=')][0]
        elif line:
            cur.append(line)
    if cur: seqs.append(''.join(cur)); labels.append(lab)
    return seqs, labels

def one_hot(seqs):
    table = np.full((256, 4), 0.25, dtype=np.float32)
    for i, c in enumerate('ACGT'):
        table[ord(c)] = 0; table[ord(c)][i] = 1
    arr = np.frombuffer(''.join(seqs).encode(), dtype=np.uint8).reshape(len(seqs), -1)
    return torch.from_numpy(table[arr].transpose(0, 2, 1).copy())

class Branch(nn.Module):
    def __init__(self, k, filters, attention):
        super().__init__()
        self.conv = nn.Conv1d(4, filters, k, padding=k // 2)
        self.bn = nn.BatchNorm1d(filters)
        self.drop = nn.Dropout(0.2)
        self.score = nn.Conv1d(filters, 1, 1) if attention else None
    def forward(self, x):
        L = x.shape[2]
        h = self.drop(self.bn(torch.relu(self.conv(x)[:, :, :L])))
        if self.score is not None:
            a = torch.softmax(torch.tanh(self.score(h)).squeeze(1), dim=1)
            h = h * a.unsqueeze(1)
        return h.max(dim=2).values

class Net(nn.Module):
    """The workbench's DEFAULT preset unless told; a dense layer is Linear, ReLU, BN, dropout."""
    def __init__(self, kernels=(3, 7, 15, 25), filters=64, attention=True, dense=(256, 128),
                 dense_dropouts=(0.5, 0.3)):
        super().__init__()
        self.branches = nn.ModuleList([Branch(k, filters, attention) for k in kernels])
        layers, width = [], len(kernels) * filters
        for units, rate in zip(dense, dense_dropouts):
            layers += [nn.Linear(width, units), nn.ReLU(), nn.BatchNorm1d(units), nn.Dropout(rate)]
            width = units
        self.head = nn.Sequential(*layers, nn.Linear(width, 1))
    def forward(self, x):
        return self.head(torch.cat([b(x) for b in self.branches], dim=1)).squeeze(1)

def main():
    p = argparse.ArgumentParser()
    p.add_argument('fasta'); p.add_argument('--epochs', type=int, default=10)
    p.add_argument('--threads', type=int, default=2); p.add_argument('--batch', type=int, default=64)
    p.add_argument('--no-attention', action='store_true'); p.add_argument('--seed', type=int, default=42)
    p.add_argument('--bench', action='store_true'); p.add_argument('--predict-batch', type=int, default=250)
    a = p.parse_args()
    torch.set_num_threads(a.threads); torch.set_num_interop_threads(1)
    torch.manual_seed(a.seed); random.seed(a.seed)
    seqs, labels = read_fasta(a.fasta)
    classes = sorted(set(labels))
    x = one_hot(seqs); y = torch.tensor([classes.index(l) for l in labels], dtype=torch.float32)
    if a.bench:
        return bench(a, seqs, x, y)
    idx = list(range(len(seqs))); random.shuffle(idx)
    n_tr, n_va = int(0.64 * len(idx)), int(0.16 * len(idx))
    tr, va, te = idx[:n_tr], idx[n_tr:n_tr + n_va], idx[n_tr + n_va:]
    net = Net(attention=not a.no_attention)
    opt = torch.optim.Adam(net.parameters(), lr=1e-3)
    loss_fn = nn.BCEWithLogitsLoss()
    def evaluate(ids):
        net.eval()
        with torch.no_grad():
            z = torch.cat([net(x[ids[i:i + 250]]) for i in range(0, len(ids), 250)])
        net.train()
        return loss_fn(z, y[ids]).item(), ((z > 0).float() == y[ids]).float().mean().item()
    for epoch in range(1, a.epochs + 1):
        t0 = time.time(); random.shuffle(tr); tot = 0
        for b in range(len(tr) // a.batch):
            ids = tr[b * a.batch:(b + 1) * a.batch]
            opt.zero_grad(); loss = loss_fn(net(x[ids]), y[ids]); loss.backward(); opt.step()
            tot += loss.item()
        vl, vacc = evaluate(va)
        print(f"epoch {epoch} loss {tot / (len(tr) // a.batch):.4f} val_loss {vl:.4f} "
              f"val_acc {vacc:.4f} time {time.time() - t0:.1f}s", flush=True)
    print(f"test_acc {evaluate(te)[1]:.4f}")

def bench(a, seqs, x, y):
    """Serves `mwb bench`: after READY, each line 'epoch' trains one epoch on every sequence and
    answers its seconds; 'predict' scores every sequence in inference batches (encoding included);
    'quit' ends. The caller alternates these with its own runs, so both see the same machine load."""
    net = Net(attention=not a.no_attention)
    opt = torch.optim.Adam(net.parameters(), lr=1e-3)
    loss_fn = nn.BCEWithLogitsLoss()
    idx = list(range(len(seqs)))
    print('READY ' + json.dumps({'torch': torch.__version__, 'threads': torch.get_num_threads()}),
          flush=True)
    for line in sys.stdin:
        t0 = time.perf_counter()
        if line.strip() == 'epoch':
            net.train(); random.shuffle(idx)
            for b in range(len(idx) // a.batch):
                ids = idx[b * a.batch:(b + 1) * a.batch]
                opt.zero_grad(); loss = loss_fn(net(x[ids]), y[ids]); loss.backward(); opt.step()
        elif line.strip() == 'predict':
            net.eval()
            with torch.no_grad():
                for i in range(0, len(seqs), a.predict_batch):
                    net(one_hot(seqs[i:i + a.predict_batch]))
        else:
            break
        print(f'DONE {time.perf_counter() - t0:.6f}', flush=True)

if __name__ == '__main__':
    main()
