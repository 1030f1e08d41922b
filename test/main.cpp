// The test runner: GoogleTest, plus one closing line "tests: N passed, N failed, N skipped" that CI
// and people read at a glance. Skipped tests (the GPU ones on a machine without a GPU) say why above it.
#include <gtest/gtest.h>

class Summary : public testing::EmptyTestEventListener {
    void OnTestProgramEnd(const testing::UnitTest& u) override {
        printf("tests: %d passed, %d failed, %d skipped\n", u.successful_test_count(), u.failed_test_count(),
               u.skipped_test_count());
        fflush(stdout);
    }
};

int main(int argc, char** argv) {
    testing::InitGoogleTest(&argc, argv);
    testing::UnitTest::GetInstance()->listeners().Append(new Summary);
    return RUN_ALL_TESTS();
}
