#!/usr/bin/python3
"""Issue 22 in plain PyTorch: does the DEFAULT network score its own training data at chance in
inference mode when trained on a few hundred sequences, and does recomputing the batch-norm
statistics after each epoch ("precise BN") cure it? Reads one FASTA per class (the first file is
class 1), centre-pads/crops with N like the workbench's `center` policy, splits 64/16/20 per class
with the seed, and trains the network of pytorch_reference.py with the workbench's loop (Adam 1e-3,
batch 64, the last batch takes the remainder, learning rate halved after 5 epochs without a lower
validation loss). Usage:
  pytorch_small_data.py POS.fa NEG.fa [--seed S] [--epochs 15] [--dense 256,128]
      [--dense-dropout 0.5,0.3] [--precise-bn] [--running-var-start 1] [--probe-epochs 3,8,15]
      [--length L] [--threads 1]
Prints per epoch the training-mode (running) loss/accuracy, the inference-mode accuracy/AUC on the
training sequences and on validation; at the probe epochs, each batch-norm layer's running
statistics against the statistics its input actually has; at the end a SUMMARY line.
"""
import argparse, copy, os, sys
import numpy as np
import torch
import torch.nn as nn
from sklearn.metrics import roc_auc_score

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pytorch_reference import Net, one_hot  # noqa: E402  (the same network as `mwb bench`)

IUPAC_OTHER = set('RYSWKMBDHV')
EVAL_BATCH = 256


class InputError(Exception):
    """A problem with the user's input, reported as one plain line and exit code 2."""


def read_fasta(path):
    """The sequences of a FASTA file (upper case); lines are checked so errors can name them."""
    try:
        with open(path, encoding='ascii') as f:
            lines = f.read().splitlines()
    except (OSError, UnicodeDecodeError) as e:
        raise InputError(f'{path}: cannot read it as a text FASTA file ({e}).')
    seqs, cur, header_line = [], None, 0
    for number, line in enumerate(lines, 1):
        line = line.strip()
        if line.startswith('>'):
            if cur is not None and not cur:
                raise InputError(f'{path}:{header_line}: this record has no bases.')
            if cur:
                seqs.append(''.join(cur))
            cur, header_line = [], number
        elif line:
            if cur is None:
                raise InputError(f"{path}:{number}: sequence text before the first '>' header; "
                                 'is this a FASTA file?')
            bad = set(line.upper()) - set('ACGTN')
            if bad:
                ch = sorted(bad)[0]
                what = ('an ambiguity code (only A, C, G, T and N are read here)'
                        if ch in IUPAC_OTHER else 'not a DNA base')
                raise InputError(f"{path}:{number}: '{ch}' is {what}.")
            cur.append(line.upper())
    if cur is not None and not cur:
        raise InputError(f'{path}:{header_line}: this record has no bases.')
    if cur:
        seqs.append(''.join(cur))
    if not seqs:
        raise InputError(f'{path}: no FASTA records found.')
    return seqs


def center(seq, length):
    """The workbench's CENTER policy: crop or pad with N equally, an odd extra base to the right."""
    n = len(seq)
    if n >= length:
        start = (n - length) // 2
        return seq[start:start + length]
    left = (length - n) // 2
    return 'N' * left + seq + 'N' * (length - n - left)


def stratified_split(labels, seed):
    """Per class: round(0.2 n) test, round(0.16 n) validation, the rest training (as the workbench,
    which also shuffles each class separately; its random numbers differ, so do the parts)."""
    rng = np.random.default_rng(seed)
    train, val, test = [], [], []
    for c in sorted(set(labels.tolist())):
        members = rng.permutation(np.flatnonzero(labels == c))
        n_test, n_val = round(0.2 * len(members)), round(0.16 * len(members))
        test += members[:n_test].tolist()
        val += members[n_test:n_test + n_val].tolist()
        train += members[n_test + n_val:].tolist()
    return np.array(train), np.array(val), np.array(test)


def batch_norms(net):
    """Every batch-norm layer in forward order, named as in the workbench."""
    named = [(f'conv{b.conv.kernel_size[0]}_bn', b.bn) for b in net.branches]
    dense = [m for m in net.head if isinstance(m, nn.BatchNorm1d)]
    return named + [(f'dense{i}_bn', m) for i, m in enumerate(dense)]


def bn_groups(net):
    """Batch-norm layers whose inputs do not depend on each other: the branches', then each
    dense layer's."""
    dense = [m for m in net.head if isinstance(m, nn.BatchNorm1d)]
    return [[b.bn for b in net.branches]] + [[m] for m in dense]


class InputStats:
    """Per-channel mean and (population) variance of the inputs of some modules over many batches;
    with per_batch, the average over batches of each batch's own mean and variance instead, which is
    what batch norm normalises with in training mode."""

    def __init__(self, modules, per_batch=False):
        self.per_batch = per_batch
        self.acc = {m: [0.0, 0.0, 0] for m in modules}
        self.hooks = [m.register_forward_pre_hook(self.hook) for m in modules]

    def hook(self, module, inputs):
        x = inputs[0].detach().double()
        dims = (0, 2) if x.dim() == 3 else (0,)
        a = self.acc[module]
        if self.per_batch:
            a[0] = a[0] + x.mean(dims); a[1] = a[1] + x.var(dims, unbiased=False); a[2] += 1
        else:
            count = x.numel() // x.shape[1]
            a[0] = a[0] + x.sum(dims); a[1] = a[1] + (x * x).sum(dims); a[2] += count

    def result(self, module):
        s, q, n = self.acc[module]
        if self.per_batch:
            return s / n, q / n
        mean = s / n
        return mean, (q / n - mean * mean).clamp(min=0)

    def close(self):
        for h in self.hooks:
            h.remove()


def logits(net, x):
    """Inference-mode logits (no dropout, running batch-norm statistics)."""
    net.eval()
    with torch.no_grad():
        return torch.cat([net(x[i:i + EVAL_BATCH]) for i in range(0, len(x), EVAL_BATCH)])


def scores(net, x, y):
    """Inference-mode (loss, accuracy, ROC AUC)."""
    z = logits(net, x)
    loss = nn.functional.binary_cross_entropy_with_logits(z, y).item()
    acc = ((z > 0).float() == y).float().mean().item()
    return loss, acc, roc_auc_score(y.numpy(), z.numpy())


def precise_bn(net, x):
    """Sets every batch-norm layer's running statistics to the exact mean and variance of its input
    over x in inference mode, layer by layer, so later layers see the corrected earlier ones."""
    for group in bn_groups(net):
        stats = InputStats(group)
        logits(net, x)
        stats.close()
        for bn in group:
            mean, var = stats.result(bn)
            bn.running_mean.copy_(mean.float()); bn.running_var.copy_(var.float())


def train_mode_stats(net, x, order, batch):
    """Each batch-norm input's per-batch statistics in training mode (dropout on, batch statistics),
    batched as in training; the running statistics and the random numbers are left untouched."""
    saved = copy.deepcopy({k: v for k, v in net.state_dict().items() if 'running' in k
                           or 'num_batches' in k})
    rng = torch.get_rng_state()
    mods = [m for _, m in batch_norms(net)]
    stats = InputStats(mods, per_batch=True)
    pooled = InputStats([net.head[0]])
    net.train()
    with torch.no_grad():
        for ids in batches(order, batch):
            net(x[ids])
    stats.close(); pooled.close()
    net.load_state_dict(saved, strict=False)
    torch.set_rng_state(rng)
    return {m: stats.result(m) for m in mods}, pooled.result(net.head[0])


def batches(order, batch):
    """The workbench's batching: size `batch`, the last batch takes the remainder."""
    count = max(1, len(order) // batch)
    for b in range(count):
        yield order[b * batch:len(order) if b == count - 1 else (b + 1) * batch]


def gap(mean, var, ref_mean, ref_var, eps):
    """max and median over channels of |mean - ref_mean| / ref_std and of var / ref_var (batch
    norm's eps added to both variances, so channels that are always 0 do not divide by 0)."""
    d = ((mean - ref_mean).abs() / (ref_var + eps).sqrt()).numpy()
    r = ((var + eps) / (ref_var + eps)).numpy()
    return d.max(), np.median(d), r.max(), np.median(r)


def probe(net, x, order, batch, bias_steps, steps):
    """Prints, per batch-norm layer, running vs actual inference-mode input statistics (the total
    error), training-mode batch statistics vs inference-mode (the shift from dropout and batch
    mode), running vs training-mode (the lag of the moving average), then the scales of dense0 and
    what is left of the running variance's starting value 1 after `steps` updates (0.9^steps)."""
    mods = batch_norms(net)
    ev = InputStats([m for _, m in mods] + [net.head[0]])
    logits(net, x)
    ev.close()
    tr, pooled_tr = train_mode_stats(net, x, order, batch)
    print('    layer      ch  dead | run-vs-eval mean max/med  var max/med '
          '| train-vs-eval mean max/med  var max/med | run-vs-train mean max/med')
    for name, bn in mods:
        m_e, v_e = ev.result(bn)
        m_t, v_t = tr[bn]
        rm, rv = bn.running_mean.double(), bn.running_var.double()
        dead = int((v_e < 1e-12).sum())
        a = gap(rm, rv, m_e, v_e, bn.eps)
        b = gap(m_t, v_t, m_e, v_e, bn.eps)
        c = gap(rm, rv, m_t, v_t, bn.eps)
        print(f'    {name:9s} {len(rm):4d} {dead:4d} | {a[0]:8.2f} {a[1]:6.2f} {a[2]:8.3f} '
              f'{a[3]:6.3f} | {b[0]:8.2f} {b[1]:6.2f} {b[2]:8.3f} {b[3]:6.3f} '
              f'| {c[0]:8.2f} {c[1]:6.2f}')
    pm, pv = ev.result(net.head[0])
    dm, dv = ev.result(mods[len(net.branches)][1])
    ptm, ptv = pooled_tr
    step = np.median(np.mean(np.abs(np.array(bias_steps)), axis=0)) if bias_steps else float('nan')
    rv = mods[len(net.branches)][1].running_var.numpy()
    print(f'    pooled features: median |mean| {np.median(pm.abs().numpy()):.3g}, median std '
          f'{np.median(pv.sqrt().numpy()):.3g} (eval), {np.median(ptv.sqrt().numpy()):.3g} '
          f'(train mode)\n    dense0 pre-BN: median std {np.median(dv.sqrt().numpy()):.3g} (eval), '
          f'median |bias change| per step this epoch {step:.3g}; median running var '
          f'{np.median(rv):.3g} vs actual {np.median(dv.numpy()):.3g}; 0.9^{steps} = '
          f'{0.9 ** steps:.3g}')


def parse_floats(text, what):
    try:
        values = [float(t) for t in text.split(',') if t.strip()]
    except ValueError:
        raise InputError(f"{what} must be numbers separated by commas (got '{text}').")
    if not values:
        raise InputError(f"{what} must list at least one number (got '{text}').")
    return values


def options(argv):
    p = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    p.add_argument('fasta', nargs=2, help='positives (class 1) and negatives (class 0)')
    p.add_argument('--seed', type=int, default=42, help='split, weights, dropout and shuffling')
    p.add_argument('--epochs', type=int, default=15)
    p.add_argument('--batch', type=int, default=64)
    p.add_argument('--length', type=int, help='input length (default: the longest sequence)')
    p.add_argument('--dense', default='256,128', help='dense units, e.g. 256,128 or 32')
    p.add_argument('--dense-dropout',
                   help='one rate per dense layer (default 0.5,0.3; 0.5 for one layer)')
    p.add_argument('--precise-bn', action='store_true',
                   help='recompute batch-norm statistics in inference mode after each epoch')
    p.add_argument('--running-var-start', type=float, default=1.0,
                   help="batch norm's starting running variance (PyTorch's and DJL's: 1)")
    p.add_argument('--probe-epochs', default='3,8,15', help='epochs with the layer-by-layer report')
    p.add_argument('--threads', type=int, default=1)
    a = p.parse_args(argv)
    dense = parse_floats(a.dense, '--dense')
    if not all(u >= 1 and u == int(u) for u in dense):
        raise InputError(f"--dense must list whole numbers of units, at least 1 (got '{a.dense}').")
    dense = [int(u) for u in dense]
    rates = (parse_floats(a.dense_dropout, '--dense-dropout') if a.dense_dropout
             else [0.5, 0.3][:len(dense)] + [0.5] * max(0, len(dense) - 2))
    if len(rates) != len(dense) or not all(0 <= r < 1 for r in rates):
        raise InputError(f'--dense-dropout needs one rate in [0, 1) per dense layer ({len(dense)} '
                         f'here, got {rates}).')
    if not a.running_var_start >= 0:
        raise InputError(f'--running-var-start must be 0 or more (got {a.running_var_start}).')
    for name, value, least in (('--epochs', a.epochs, 1), ('--batch', a.batch, 2),
                               ('--length', a.length, 1), ('--threads', a.threads, 1)):
        if value is not None and value < least:
            raise InputError(f'{name} must be at least {least} (got {value}).')
    a.dense, a.rates = dense, rates
    a.probes = {int(e) for e in parse_floats(a.probe_epochs, '--probe-epochs')}
    return a


def run(a):
    torch.set_num_threads(a.threads); torch.set_num_interop_threads(1)
    torch.manual_seed(a.seed)
    pos, neg = (read_fasta(f) for f in a.fasta)
    for path, seqs in zip(a.fasta, (pos, neg)):
        if len(seqs) < 5:
            raise InputError(f'{path}: {len(seqs)} sequences; at least 5 per class are needed for '
                             'training, validation and test parts.')
    length = a.length or max(len(s) for s in pos + neg)
    x = one_hot([center(s, length) for s in pos + neg])
    y = torch.tensor([1.0] * len(pos) + [0.0] * len(neg))
    tr, va, te = stratified_split(y.numpy(), a.seed)
    print(f'{len(pos)} + {len(neg)} sequences, centre {length}; train {len(tr)} val {len(va)} '
          f'test {len(te)}; dense {a.dense} dropout {a.rates}; precise BN {a.precise_bn}; '
          f'running variance starts at {a.running_var_start:g}; '
          f'torch {torch.__version__}, {torch.get_num_threads()} thread(s)', flush=True)
    net = Net(dense=a.dense, dense_dropouts=a.rates)
    for _, bn in batch_norms(net):
        bn.running_var.fill_(a.running_var_start)
    opt = torch.optim.Adam(net.parameters(), lr=1e-3)
    loss_fn = nn.BCEWithLogitsLoss()
    rng = np.random.default_rng(a.seed)
    best_loss, since, best_state, best_epoch, lr = float('inf'), 0, None, 0, 1e-3
    print('epoch     lr | train-mode loss  acc | eval on train acc   auc | val loss   acc   auc'
          + ('' if a.precise_bn else ' | precise-BN copy: train acc  val acc'))
    for epoch in range(1, a.epochs + 1):
        order = rng.permutation(tr)
        net.train(); loss_sum = correct = 0.0; bias_steps = []
        for ids in batches(order, a.batch):
            before = net.head[0].bias.detach().clone()
            opt.zero_grad(); z = net(x[ids]); loss = loss_fn(z, y[ids]); loss.backward(); opt.step()
            bias_steps.append((net.head[0].bias.detach() - before).numpy())
            loss_sum += loss.item() * len(ids); correct += ((z > 0).float() == y[ids]).sum().item()
        if epoch in a.probes:
            print(f'  epoch {epoch}, before any recomputation:')
            probe(net, x, order, a.batch, bias_steps, epoch * len(bias_steps))
        if a.precise_bn:
            precise_bn(net, x[tr])
        _, tr_acc, tr_auc = scores(net, x[tr], y[tr])
        v_loss, v_acc, v_auc = scores(net, x[va], y[va])
        extra = ''
        if not a.precise_bn:
            twin = copy.deepcopy(net)
            precise_bn(twin, x[tr])
            extra = f' | {scores(twin, x[tr], y[tr])[1]:26.3f} {scores(twin, x[va], y[va])[1]:8.3f}'
        print(f'{epoch:5d} {lr:6.0e} | {loss_sum / len(tr):15.4f} {correct / len(tr):.3f} | '
              f'{tr_acc:17.3f} {tr_auc:.3f} | {v_loss:8.4f} {v_acc:.3f} {v_auc:.3f}{extra}',
              flush=True)
        if v_loss < best_loss:  # Keras semantics, as the workbench's PlateauSchedule
            best_loss, since, best_epoch = v_loss, 0, epoch
            best_state = copy.deepcopy(net.state_dict())
        else:
            since += 1
            if since >= 5 and lr > 1e-6:
                lr, since = max(1e-6, lr * 0.5), 0
                for g in opt.param_groups:
                    g['lr'] = lr
    t_loss, t_acc, t_auc = scores(net, x[te], y[te])
    final = copy.deepcopy(net.state_dict())
    net.load_state_dict(best_state)
    b_train, b_test = scores(net, x[tr], y[tr])[1], scores(net, x[te], y[te])[1]
    net.load_state_dict(final)
    if not a.precise_bn:  # the same final weights with recomputed statistics
        precise_bn(net, x[tr])
        twin = ' '.join(f'copy_{k}_acc={scores(net, x[ids], y[ids])[1]:.3f}'
                        for k, ids in (('train_eval', tr), ('val', va), ('test', te)))
        twin = ' ' + twin
    print(f'SUMMARY seed={a.seed} dense={",".join(map(str, a.dense))} '
          f'precise_bn={int(a.precise_bn)} var_start={a.running_var_start:g} '
          f'train_mode_acc={correct / len(tr):.3f} '
          f'train_eval_acc={tr_acc:.3f} train_eval_auc={tr_auc:.3f} val_acc={v_acc:.3f} '
          f'val_auc={v_auc:.3f} test_acc={t_acc:.3f} test_auc={t_auc:.3f} '
          f'best_epoch={best_epoch} best_train_eval_acc={b_train:.3f} '
          f'best_test_acc={b_test:.3f}' + ('' if a.precise_bn else twin))


def main(argv=None):
    try:
        run(options(argv))
    except InputError as e:
        print(f'Error: {e}', file=sys.stderr)
        return 2
    return 0


if __name__ == '__main__':
    sys.exit(main())
