// make_seeds.cpp — the fuzzer's starting corpus (test/fuzz/fuzz_readers.cpp): one small, valid file of
// every kind the readers read, cut from data/default or made by the project's own writers, so that
// the fuzzer starts past the magic numbers and the size checks and mutates real headers and bodies.
//
//   build/fuzz/make_seeds OUT_DIR
#include <cstdio>
#include <numeric>
#include <string>
#include <vector>

#include "../../common/files.h"

int main(int argc, char** argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: %s OUT_DIR\n", argv[0]);
        return 2;
    }
    const std::string out = argv[1];
    try {
        // tokens: the first 64 tokens of the default training data, in 2 and in 4 bytes per token
        TokenFile src("data/default/corpus_train.bin");
        std::vector<int> ids(64);
        src.read(0, 64, ids.data());
        for (int bpt : {2, 4}) {
            TokenWriter w(out + "/tokens" + std::to_string(bpt) + ".bin", src.vocab, bpt, src.bos, src.eos);
            w.append(ids.data(), ids.size());
            w.commit();
        }
        // labels: the first documents of the default validation labels
        Labels all = read_labels("data/default/corpus_val_labels.bin"), lb;
        lb.names = all.names;
        lb.token_count = 64;
        for (size_t i = 0; i < all.offset.size() && all.offset[i] < 64 && i < 4; i++) {
            lb.offset.push_back(all.offset[i]);
            lb.label.push_back(all.label[i]);
        }
        write_labels(out + "/labels.bin", lb);
        // an assignment and scores of the 64-token file cut into sequences of 8 (7 sequences), 3 experts
        Assignment a;
        a.S = 8; a.E = 3; a.M = 4; a.chunk = 2; a.token_count = 64;
        a.expert = {0, 1, 2, 0, UNASSIGNED, 2, 1};
        write_assignment(out + "/assignment.bin", a);
        Scores sc;
        sc.n = 7; sc.E = 3; sc.M = 4;
        for (int i = 0; i < 21; i++) sc.s.push_back(-1.0f - (float)i);
        write_scores(out + "/scores.bin", sc);
        // a checkpoint and its optimizer state of a very small model (V 10 padded to 16, L 1, H 2, C 4)
        ModelConfig c;
        c.V = 10; c.Vp = 16; c.max_T = 8; c.L = 1; c.H = 2; c.C = 4;
        std::vector<float> p(num_parameters(c));
        std::iota(p.begin(), p.end(), 0.25f);
        write_checkpoint(out + "/model.ckpt", c, 3, p.data());
        OptimizerState st;
        st.step = 3; st.epoch = 1; st.position = 2; st.rng = 99;
        st.m.assign(p.size(), 0.5f);
        st.v.assign(p.size(), 0.25f);
        write_optimizer_state(out + "/optimizer.bin", st);
        // a tf-idf router of 3 centroids over a vocabulary of 10
        TfidfRouter tr;
        tr.E = 3; tr.V = 10; tr.M = 4; tr.N = 7; tr.iterations = 2;
        tr.idf.assign(10, 1.5f);
        tr.centroids.assign(30, 0.3f);
        write_tfidf_router(out + "/tfidf.bin", tr);
        // a checkpoint marker
        AtomicFile m(out + "/checkpoint");
        std::string text = "smalltalk.cu checkpoint\nstep 3\nfile model.ckpt\nfile optimizer.bin\n";
        m.write(text.data(), text.size());
        m.commit();
    } catch (const std::exception& e) {
        fprintf(stderr, "error: %s\n", e.what());
        return 1;
    }
    return 0;
}
