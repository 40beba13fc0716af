#!/usr/bin/python3
"""Checks of pytorch_small_data.py's pieces: the centre policy as the workbench's LengthPolicy, the
split sizes, FASTA errors naming file and line, and that precise BN makes every batch-norm layer
see exactly its running statistics.
Run: /usr/bin/python3 -m unittest bench/test_pytorch_small_data.py
"""
import os, sys, tempfile, unittest
import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pytorch_small_data as psd  # noqa: E402
from pytorch_reference import Net  # noqa: E402


class CenterTest(unittest.TestCase):

    def test_pads_with_the_odd_extra_base_on_the_right(self):
        # LengthPolicy CENTER: left = (250 - 151) / 2 = 49, right = 50
        padded = psd.center('A' * 151, 250)
        self.assertEqual((49, 50), (len(padded) - len(padded.lstrip('N')),
                                    len(padded) - len(padded.rstrip('N'))))

    def test_crops_from_the_middle_rounding_down(self):
        # LengthPolicy CENTER: start = (n - length) / 2 in integer division
        self.assertEqual('BCDE', psd.center('ABCDEFG', 4))
        self.assertEqual('CDEF', psd.center('ABCDEFGH', 4))

    def test_leaves_a_sequence_of_the_length_alone(self):
        self.assertEqual('ACGT', psd.center('ACGT', 4))


class SplitTest(unittest.TestCase):

    def test_each_class_splits_64_16_20_and_parts_do_not_overlap(self):
        labels = torch.tensor([1.0] * 300 + [0.0] * 300).numpy()
        tr, va, te = psd.stratified_split(labels, 1)
        self.assertEqual([192, 48, 60], [int((labels[p] == 1).sum()) for p in (tr, va, te)])
        self.assertEqual([192, 48, 60], [int((labels[p] == 0).sum()) for p in (tr, va, te)])
        self.assertEqual(600, len(set(tr) | set(va) | set(te)))


class FastaTest(unittest.TestCase):

    def read(self, text):
        with tempfile.NamedTemporaryFile('w', suffix='.fa', delete=False) as f:
            f.write(text)
        self.addCleanup(os.remove, f.name)
        return f.name

    def test_reads_multiline_records_in_upper_case(self):
        path = self.read('>a\nacgt\nAC\n\n>b\nNNGG\n')
        self.assertEqual(['ACGTAC', 'NNGG'], psd.read_fasta(path))

    def test_errors_name_the_file_line_and_problem(self):
        for text, message in (('ACGT\n', ":1: sequence text before the first '>'"),
                              ('>a\nACGT\nACXT\n', ":3: 'X' is not a DNA base"),
                              ('>a\nACRT\n', ":2: 'R' is an ambiguity code"),
                              ('>a\n>b\nACGT\n', ':1: this record has no bases'),
                              ('', ': no FASTA records found')):
            path = self.read(text)
            with self.assertRaises(psd.InputError) as caught:
                psd.read_fasta(path)
            self.assertEqual(path + message, str(caught.exception)[:len(path + message)])


class PreciseBnTest(unittest.TestCase):

    def test_every_batch_norm_then_sees_its_running_statistics_exactly(self):
        torch.manual_seed(0)
        net = Net(kernels=(3, 7), filters=8, dense=(16, 8), dense_dropouts=(0.5, 0.3))
        x = psd.one_hot([psd.center(s, 40) for s in ('ACGT' * 10, 'GGGCCC' * 6, 'ATAT' * 9,
                                                         'CAGT' * 10, 'TTTTAAAA' * 4)])
        net.train()
        for _ in range(3):  # a few training-mode passes leave the running statistics lagging
            net(x)
        mods = [m for _, m in psd.batch_norms(net)]
        before = self.input_stats(net, mods, x)
        self.assertTrue(any((bn.running_var - before[bn][1].float()).abs().max() > 1e-2
                            for bn in mods), 'the running statistics should lag before')
        psd.precise_bn(net, x)
        after = self.input_stats(net, mods, x)
        for bn in mods:
            mean, var = after[bn]
            torch.testing.assert_close(bn.running_mean, mean.float(), atol=1e-6, rtol=1e-5)
            torch.testing.assert_close(bn.running_var, var.float(), atol=1e-7, rtol=1e-4)
        self.assertEqual(4, len(mods))  # 2 branches + 2 dense layers, each checked above

    @staticmethod
    def input_stats(net, mods, x):
        stats = psd.InputStats(mods)
        psd.logits(net, x)
        stats.close()
        return {bn: stats.result(bn) for bn in mods}


if __name__ == '__main__':
    unittest.main()
