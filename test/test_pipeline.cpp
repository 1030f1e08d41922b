// The whole paper pipeline at tiny scale on real data (scripts/pipeline.sh tiny, CPU): every program
// runs, every file it writes validates, and routing by the routers beats a random routing of the same
// experts on held-out data. With 2 experts instead of the tiny size's 4, to keep CI near 6 minutes
// (docs/results.md has the E = 4 run).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "../common/files.h"
#include "helpers.h"

TEST(Pipeline, TinyMixtureBeatsRandomRoutingOnHeldOutData) {
    ScratchDir dir;
    RunResult r = run("bash scripts/pipeline.sh tiny --experts 2 --device cpu --out " + dir.path);
    ASSERT_EQ(r.code, 0) << r.output.substr(r.output.size() > 4000 ? r.output.size() - 4000 : 0);

    // Every file validates through the readers.
    TokenFile train("data/default/corpus_train.bin");
    Assignment a = read_assignment(dir / "assign_train.bin");
    EXPECT_NO_THROW(check_assignment_matches(dir / "assign_train.bin", a, train, 256));
    std::vector<int64_t> count(a.E, 0);
    for (uint16_t e : a.expert) { ASSERT_LT(e, a.E); count[e]++; }
    for (int e = 0; e < a.E; e++) EXPECT_LE(std::abs(count[e] - (int64_t)a.expert.size() / a.E), 1) << "expert " << e;
    EXPECT_EQ(a.E, 2);
    for (const char* ckpt : {"routers/router_00.ckpt", "routers/router_01.ckpt", "expert_0/model.ckpt", "expert_1/model.ckpt",
                             "dense/model.ckpt"})
        EXPECT_NO_THROW(read_checkpoint(dir / ckpt, nullptr, nullptr)) << ckpt;

    auto res = nlohmann::json::parse(read_file(dir / "results.json"));
    double routed = res["mixture"]["loss"], random = res["random"]["loss"];
    EXPECT_LT(routed, random - 0.02) << "routing by the routers should beat a random routing of the same experts";
    EXPECT_LT(res["mixture"]["loss_after_prefix"].get<double>(), res["random"]["loss_after_prefix"].get<double>());
    EXPECT_NE(read_file(dir / "results.md").find("| perplexity, all 256 tokens |"), std::string::npos);
    // The plots are part of the result: 'make deps' installs python3-matplotlib, so a skip is a failure here.
    EXPECT_EQ(read_file(dir / "results.md").find("plots skipped"), std::string::npos) << "run 'make deps'";
    EXPECT_TRUE(exists(dir / "loss.png"));
    EXPECT_TRUE(exists(dir / "usage.png"));
}
