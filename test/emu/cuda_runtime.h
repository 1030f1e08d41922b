// cuda_runtime.h of the CPU emulator — runs our CUDA kernels on the CPU, so that the GPU tests run (and
// can fail) on a machine without a GPU, CI's included. `make test-emu` builds the GPU tests against this
// header instead of the toolkit's: g++ compiles the kernels as C++, and each launch runs every block of
// the grid, one after the other, with one fiber (a stack of its own) per CUDA thread.
//
// What it checks that a plain C++ port of a kernel would not:
//   - __syncthreads, the warp shuffles and __ballot_sync are real meeting points: a fiber runs until it
//     reaches one and waits there for the others. A barrier that not every thread reaches, a shuffle
//     whose mask names a lane that has exited or does not exist, or a warp whose lanes meet at different
//     collectives is reported as a launch failure (a hang or garbage on the GPU).
//   - Threads between two meeting points run in a shuffled order, and so do the blocks of a grid (a new
//     order at every launch), so a race on shared or global memory shows up as a wrong or
//     non-deterministic result. No lockstep: code that assumes a warp runs in lockstep fails here, as
//     it may on Volta and later. Warps keep paces of their own between barriers and drift apart, so a
//     loop that is missing the barrier between one tile's reads and the next tile's writes fails too.
//   - Launch configurations the GPU refuses (0 or more than 1024 threads, a grid of 0 blocks, too much
//     dynamic shared memory) are refused here with the same errors.
//   - cudaMalloc fills new memory with 0xFF bytes (NaN as floats, -1 as ints), and so is dynamic shared
//     memory at the start of every block: a kernel that reads what nobody wrote gets NaN. (Static
//     __shared__ arrays keep the previous block's values.) Under AddressSanitizer (the test build uses it), reading or writing past a
//     device buffer is reported with the kernel's stack.
//   - The tensor-core and async-copy instructions that kernels/ptx.cuh wraps (mma.sync, ldmatrix,
//     cp.async; emu_ptx.h here) follow the PTX ISA: mma and ldmatrix are warp collectives like the
//     shuffles, and a cp.async's destination reads as 0xFF bytes until the issuing thread waits for it.
// What it cannot check: speed, the memory model beyond these meeting points, numerics of the hardware's
// own instructions (fast-math intrinsics are computed exactly here; mma's summation order is ours, see
// emu_ptx.h), and inline asm (ptx.cuh has an emulator path for each instruction it wraps).
//
// Only what this project uses is here; a kernel that needs more fails to compile, which says what to add.
#pragma once

#include <sys/mman.h>
#include <ucontext.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <map>
#include <random>
#include <string>
#include <tuple>
#include <vector>

// Code with a hardware-only path (inline PTX: kernels/ptx.cuh) tests this to take the emulator's instead.
#define EMU_CUDA 1

#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/asan_interface.h>
#include <sanitizer/common_interface_defs.h>
#define EMU_ASAN 1
#endif

// ---------------------------------------------------------------------------------------------------
// Keywords and built-in types
// ---------------------------------------------------------------------------------------------------

#define __global__
#define __device__
#define __host__
#define __launch_bounds__(...)
// `__shared__ __align__(16) T x[n];` as in CUDA (ldmatrix and cp.async need 16-byte aligned rows).
#define __align__(n) __attribute__((aligned(n)))
// Blocks run one at a time, so one static copy per kernel is the block's shared memory.
#define __shared__ static
// `extern __shared__ T name[];` (dynamic shared memory) is rewritten by rewrite.pl into a pointer to
// ::emu::dynamic_shared().

struct uint3 {
    unsigned x, y, z;
};
struct dim3 {
    unsigned x, y, z;
    constexpr dim3(unsigned x_ = 1, unsigned y_ = 1, unsigned z_ = 1) : x(x_), y(y_), z(z_) {}
};
// 8-byte aligned, as the toolkit's (a float2 load is one 64-bit access).
struct alignas(8) float2 {
    float x, y;
};
inline float2 make_float2(float x, float y) { return float2{x, y}; }

// ---------------------------------------------------------------------------------------------------
// Runtime API types
// ---------------------------------------------------------------------------------------------------

enum cudaError_t {
    cudaSuccess = 0,
    cudaErrorInvalidValue = 1,
    cudaErrorMemoryAllocation = 2,
    cudaErrorInvalidConfiguration = 9,
    cudaErrorInvalidDevice = 101,
    cudaErrorNoDevice = 100,
    cudaErrorMisalignedAddress = 716,
    cudaErrorLaunchFailure = 719,
};
enum cudaMemcpyKind {
    cudaMemcpyHostToHost = 0,
    cudaMemcpyHostToDevice = 1,
    cudaMemcpyDeviceToHost = 2,
    cudaMemcpyDeviceToDevice = 3,
    cudaMemcpyDefault = 4,
};
enum cudaFuncAttribute { cudaFuncAttributeMaxDynamicSharedMemorySize = 8 };

struct CUstream_st {};
typedef CUstream_st* cudaStream_t;
struct CUevent_st {
    std::chrono::steady_clock::time_point t;
};
typedef CUevent_st* cudaEvent_t;

struct cudaDeviceProp {
    char name[256];
    size_t totalGlobalMem;
    size_t sharedMemPerBlock;
    size_t sharedMemPerBlockOptin;
    int warpSize;
    int maxThreadsPerBlock;
    int multiProcessorCount;
    int major, minor;
    int clockRate;
    int memoryClockRate;
    int memoryBusWidth;
    int l2CacheSize;
};

// ---------------------------------------------------------------------------------------------------
// The emulator: fibers, meeting points, launches
// ---------------------------------------------------------------------------------------------------

namespace emu {

constexpr int WARP = 32;
constexpr int MAX_THREADS = 1024;
constexpr size_t STACK_BYTES = 256 * 1024;  // AddressSanitizer's frames are large
constexpr size_t DEFAULT_DYNAMIC_SHARED = 48 * 1024;
constexpr size_t MAX_DYNAMIC_SHARED = 227 * 1024;  // H100's opt-in limit

// FAULT: the thread did something the GPU stops a kernel for (a misaligned cp.async); never resumed.
enum class Wait { RUNNING, SYNCTHREADS, WARP, DONE, FAULT };
// MMA and LDMATRIX (emu_ptx.h) exchange more than 8 bytes a lane: each lane's Thread::io points at its
// inputs and outputs on its own stack, and arg holds ldmatrix's qualifiers, which every lane must share.
enum class WarpOp { SHFL_XOR, SHFL_DOWN, SHFL_UP, SHFL_IDX, BALLOT, MMA_M16N8K16_BF16, LDMATRIX };
inline bool is_matrix_op(WarpOp op) { return op == WarpOp::MMA_M16N8K16_BF16 || op == WarpOp::LDMATRIX; }

// Switching fibers. On x86-64 a few instructions of our own: save the callee-saved registers on the
// old stack, swap stack pointers, restore from the new one; swapcontext would also make a system call
// (the signal mask) at every switch, and the GPU tests make hundreds of millions of switches. Elsewhere,
// ucontext (also with -DEMU_UCONTEXT, to test that path).
#if defined(__x86_64__) && !defined(EMU_UCONTEXT)
extern "C" void emu_switch_stack(void** save_sp, void* load_sp);
asm(R"(
    .text
    .weak emu_switch_stack
    .type emu_switch_stack, @function
emu_switch_stack:
    pushq %rbp
    pushq %rbx
    pushq %r12
    pushq %r13
    pushq %r14
    pushq %r15
    movq %rsp, (%rdi)
    movq %rsi, %rsp
    popq %r15
    popq %r14
    popq %r13
    popq %r12
    popq %rbx
    popq %rbp
    ret
    .size emu_switch_stack, .-emu_switch_stack
)");
struct Context {
    void* sp = nullptr;
};
inline void context_start(Context& c, char* stack, size_t bytes, void (*entry)()) {
    // A frame as emu_switch_stack leaves it: six registers, then `entry` as the return address, placed so
    // that entry starts with the stack aligned as after a call (rsp + 8 a multiple of 16).
    uintptr_t top = ((uintptr_t)(stack + bytes)) & ~(uintptr_t)15;
    void** sp = (void**)(top - 16);
    sp[1] = nullptr;  // entry's own return address: it never returns
    sp[0] = (void*)entry;
    sp -= 6;
    for (int i = 0; i < 6; i++) sp[i] = nullptr;
    c.sp = sp;
}
inline void context_switch(Context& from, Context& to) { emu_switch_stack(&from.sp, to.sp); }
#else
struct Context {
    ucontext_t uc;
};
inline void context_start(Context& c, char* stack, size_t bytes, void (*entry)()) {
    getcontext(&c.uc);
    c.uc.uc_stack.ss_sp = stack;
    c.uc.uc_stack.ss_size = bytes;
    c.uc.uc_link = nullptr;
    makecontext(&c.uc, entry, 0);
}
inline void context_switch(Context& from, Context& to) { swapcontext(&from.uc, &to.uc); }
#endif

// One cp.async not yet performed (emu_ptx.h).
struct AsyncCopy {
    void* dst;
    const void* src;
    int bytes;
};

struct Thread {
    Context ctx;
    uint3 idx;
    int linear;  // x + y*bx + z*bx*by: lane = linear % 32, warp = linear / 32
    Wait wait;
    WarpOp op;
    unsigned mask;
    int arg, width;
    uint64_t value, result;
    void* io;  // a matrix collective's inputs and outputs (emu_ptx.h)
    // cp.async state, per thread as on the GPU: copies issued since the last commit, and the committed
    // groups not yet waited for, oldest first. Emptied at the start of every block.
    std::vector<AsyncCopy> async_uncommitted;
    std::vector<std::vector<AsyncCopy>> async_groups;
    char* stack;
    void* fake_stack;  // AddressSanitizer's bookkeeping across switches
};

struct State {
    uint3 block_idx{0, 0, 0};
    dim3 block_dim, grid_dim;
    std::vector<Thread> threads;
    Thread* current = nullptr;
    Context scheduler;
    void* scheduler_fake_stack = nullptr;
    const void* scheduler_stack_bottom = nullptr;
    size_t scheduler_stack_size = 0;
    std::function<void()> body;
    std::vector<char> dynamic_shared;
    std::map<const void*, size_t> dynamic_shared_limit;  // cudaFuncSetAttribute
    cudaError_t error = cudaSuccess;  // returned (and cleared) by cudaGetLastError / cudaDeviceSynchronize
    cudaError_t failed = cudaSuccess;  // the last error recorded, and what cudaGetErrorString says about it
    std::string message;
    // What a block's failure is reported as: a launch failure, unless a check says otherwise (a
    // misaligned address); and the message of a thread that stopped at Wait::FAULT.
    cudaError_t problem_code = cudaErrorLaunchFailure;
    std::string fault_message;
    uint64_t launches = 0;
    bool in_order = getenv("EMU_ORDER") && std::string(getenv("EMU_ORDER")) == "inorder";
};
inline State g;

// Records an error the way the runtime does: the next cudaGetLastError() returns it. Printed at once too,
// since a test that checks the error only sees its code.
inline cudaError_t fail(cudaError_t code, const std::string& what) {
    g.error = g.failed = code;
    g.message = "emulated CUDA: " + what;
    fprintf(stderr, "%s\n", g.message.c_str());
    return code;
}

// Switches between the scheduler and a fiber, telling AddressSanitizer which stack is live.
inline void switch_to_fiber(Thread& t) {
    g.current = &t;
#ifdef EMU_ASAN
    __sanitizer_start_switch_fiber(&g.scheduler_fake_stack, t.stack, STACK_BYTES);
#endif
    context_switch(g.scheduler, t.ctx);
#ifdef EMU_ASAN
    __sanitizer_finish_switch_fiber(g.scheduler_fake_stack, nullptr, nullptr);
#endif
}

inline void switch_to_scheduler(Thread& t, bool exiting) {
#ifdef EMU_ASAN
    __sanitizer_start_switch_fiber(exiting ? nullptr : &t.fake_stack, g.scheduler_stack_bottom, g.scheduler_stack_size);
#else
    (void)exiting;
#endif
    context_switch(t.ctx, g.scheduler);
#ifdef EMU_ASAN
    __sanitizer_finish_switch_fiber(t.fake_stack, &g.scheduler_stack_bottom, &g.scheduler_stack_size);
#endif
}

inline void fiber_main() {
    Thread& t = *g.current;
#ifdef EMU_ASAN
    __sanitizer_finish_switch_fiber(nullptr, &g.scheduler_stack_bottom, &g.scheduler_stack_size);
#endif
    g.body();
    t.wait = Wait::DONE;
    switch_to_scheduler(t, true);  // never resumed
}

// Called by a fiber at a meeting point: waits until the scheduler lets it go on.
inline void wait_at(Wait w) {
    Thread& t = *g.current;
    t.wait = w;
    switch_to_scheduler(t, false);
}

inline uint64_t warp_collective(WarpOp op, unsigned mask, uint64_t value, int arg, int width) {
    Thread& t = *g.current;
    t.op = op;
    t.mask = mask;
    t.value = value;
    t.arg = arg;
    t.width = width;
    wait_at(Wait::WARP);
    return t.result;
}

inline std::string describe(const Thread& t) {
    return "thread (" + std::to_string(t.idx.x) + "," + std::to_string(t.idx.y) + "," + std::to_string(t.idx.z) + ")";
}

// Called by a fiber that does what the GPU would stop the kernel for: the launch fails with `code`
// and g.fault_message, and the fiber is never resumed (the next block starts it afresh). The caller
// sets g.fault_message in a statement of its own: a temporary string still alive here would never be
// freed (a leak that LeakSanitizer reports at exit).
[[noreturn]] inline void fault(cudaError_t code) {
    g.problem_code = code;
    wait_at(Wait::FAULT);
    abort();  // not reached: the scheduler does not resume a faulted fiber
}

inline const char* collective_name(WarpOp op) {
    switch (op) {
        case WarpOp::SHFL_XOR: return "__shfl_xor_sync";
        case WarpOp::SHFL_DOWN: return "__shfl_down_sync";
        case WarpOp::SHFL_UP: return "__shfl_up_sync";
        case WarpOp::SHFL_IDX: return "__shfl_sync";
        case WarpOp::BALLOT: return "__ballot_sync";
        case WarpOp::MMA_M16N8K16_BF16: return "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32";
        case WarpOp::LDMATRIX: return "ldmatrix.sync.aligned.m8n8";
    }
    return "?";
}

// The matrix collectives' work once every lane of a warp is there (emu_ptx.h): computes each lane's
// outputs, or returns why the GPU would fail the launch.
inline std::string resolve_matrix_collective(Thread* warp);

// Lets every warp group whose lanes have all arrived at the same collective go on; returns an error
// message for a collective that can never complete, "" otherwise. *released counts the lanes let go.
// With `pace` (one release probability per warp), a warp whose collective is complete goes on only
// with its warp's probability, else it waits for a later round: so the warps of a block drift apart
// between barriers, by hundreds of collectives over a long loop, as warps on an SM do. Without it,
// every warp would take one collective step per round, and a kernel that leaves out the barrier
// between two tiles of a loop (one warp overwriting shared memory another still reads) would pass.
inline std::string resolve_warps(int* released, const std::vector<float>* pace = nullptr, std::mt19937* rng = nullptr) {
    int n = (int)g.threads.size();
    for (int base = 0; base < n; base += WARP) {
        int lanes = std::min(WARP, n - base);
        for (int l = 0; l < lanes; l++) {
            Thread& first = g.threads[base + l];
            if (first.wait != Wait::WARP) continue;
            unsigned mask = first.mask;
            bool complete = true;
            for (int m = 0; m < WARP; m++) {
                if (!(mask >> m & 1u)) continue;
                if (m >= lanes)
                    return describe(first) + " names lane " + std::to_string(m) + " in a warp collective's mask, but its warp has only " +
                           std::to_string(lanes) + " threads (the block size is not a multiple of 32)";
                Thread& other = g.threads[base + m];
                if (other.wait == Wait::DONE)
                    return describe(first) + " waits in a warp collective (" + collective_name(first.op) + ") for lane " + std::to_string(m) +
                           ", which has exited";
                if (other.wait == Wait::WARP && (other.mask != mask || other.op != first.op))
                    return "lanes " + std::to_string(l) + " and " + std::to_string(m) + " of a warp meet at different warp collectives (" +
                           collective_name(first.op) + ", " + collective_name(other.op) + ")";
                // ldmatrix's qualifiers (arg) must be the same in every lane; a shuffle's arg is per lane.
                if (other.wait == Wait::WARP && is_matrix_op(first.op) && other.arg != first.arg)
                    return "lanes " + std::to_string(l) + " and " + std::to_string(m) + " of a warp meet at " + collective_name(first.op) +
                           " with different qualifiers";
                if (other.wait != Wait::WARP) complete = false;
            }
            if (!(mask >> l & 1u)) return describe(first) + " calls a warp collective whose mask leaves out its own lane";
            if (!complete) continue;
            if (pace && std::uniform_real_distribution<float>(0.0f, 1.0f)(*rng) >= (*pace)[base / WARP]) break;  // later
            // Every lane of the mask is here: compute each one's result, then let them all go.
            if (is_matrix_op(first.op)) {
                std::string problem = resolve_matrix_collective(&g.threads[base]);
                if (!problem.empty()) return problem;
            } else {
                for (int m = 0; m < WARP; m++) {
                    if (!(mask >> m & 1u)) continue;
                    Thread& t = g.threads[base + m];
                    int w = t.width, segment = m / w * w, src = m;
                    switch (t.op) {
                        case WarpOp::SHFL_XOR: src = segment + ((m % w) ^ t.arg) % w; break;
                        case WarpOp::SHFL_DOWN: src = (m % w) + t.arg < w ? m + t.arg : m; break;
                        case WarpOp::SHFL_UP: src = (m % w) >= t.arg ? m - t.arg : m; break;
                        case WarpOp::SHFL_IDX: src = segment + ((t.arg % w) + w) % w; break;
                        case WarpOp::BALLOT: break;
                        case WarpOp::MMA_M16N8K16_BF16:
                        case WarpOp::LDMATRIX: break;  // resolved above
                    }
                    if (t.op == WarpOp::BALLOT) {
                        uint64_t bits = 0;
                        for (int k = 0; k < WARP; k++)
                            if ((mask >> k & 1u) && g.threads[base + k].value) bits |= 1ull << k;
                        t.result = bits;
                    } else {
                        if (!(mask >> src & 1u))
                            return describe(t) + " reads lane " + std::to_string(src) + " in a shuffle whose mask leaves that lane out";
                        t.result = g.threads[base + src].value;
                    }
                }
            }
            for (int m = 0; m < WARP; m++)
                if (mask >> m & 1u) {
                    g.threads[base + m].wait = Wait::RUNNING;
                    (*released)++;
                }
        }
    }
    return "";
}

// Runs one block to the end: every fiber until it waits, then whatever meeting is complete, again.
inline std::string run_block(std::mt19937& rng) {
    int n = (int)g.threads.size();
    g.problem_code = cudaErrorLaunchFailure;
    for (Thread& t : g.threads) {
#ifdef EMU_ASAN
        // A fiber that did not run to its end (a new one, whose stack may lie where an old one's was, or
        // one left waiting when a launch failed) leaves AddressSanitizer's marks of frames that never
        // returned on its stack, and new frames there would trip over them.
        if (t.wait != Wait::DONE) __asan_unpoison_memory_region(t.stack, STACK_BYTES);
#endif
        t.wait = Wait::RUNNING;
        t.async_uncommitted.clear();  // copies a thread of the previous block never waited for
        t.async_groups.clear();
        context_start(t.ctx, t.stack, STACK_BYTES, fiber_main);
    }
    std::vector<int> order(n);
    for (int i = 0; i < n; i++) order[i] = i;
    // Each warp's pace (resolve_warps): one warp at full speed, the others at a quarter to full.
    std::vector<float> pace((n + WARP - 1) / WARP, 1.0f);
    if (!g.in_order)
        for (size_t w = 1; w < pace.size(); w++) pace[w] = std::uniform_real_distribution<float>(0.25f, 1.0f)(rng);
    if (!g.in_order) std::shuffle(pace.begin(), pace.end(), rng);
    for (;;) {
        if (!g.in_order) std::shuffle(order.begin(), order.end(), rng);
        for (int i : order)
            if (g.threads[i].wait == Wait::RUNNING) switch_to_fiber(g.threads[i]);
        int done = 0, at_barrier = 0, released = 0;
        for (Thread& t : g.threads) {
            if (t.wait == Wait::FAULT) return g.fault_message;
            done += t.wait == Wait::DONE;
            at_barrier += t.wait == Wait::SYNCTHREADS;
        }
        if (done == n) return "";
        std::string problem = resolve_warps(&released, g.in_order ? nullptr : &pace, &rng);
        if (!problem.empty()) return problem;
        if (!released) problem = resolve_warps(&released);  // no warp drew its turn: all complete ones go
        if (!problem.empty()) return problem;
        if (released) continue;
        // Threads that have exited count as arrived at __syncthreads, as on the hardware.
        if (at_barrier == n - done) {
            for (Thread& t : g.threads)
                if (t.wait == Wait::SYNCTHREADS) t.wait = Wait::RUNNING;
            continue;
        }
        return std::to_string(at_barrier) + " threads wait at __syncthreads while " + std::to_string(n - done - at_barrier) +
               " wait at a warp collective that cannot complete (a barrier or collective inside divergent code)";
    }
}

inline std::string triple(dim3 d) { return "(" + std::to_string(d.x) + "," + std::to_string(d.y) + "," + std::to_string(d.z) + ")"; }

// Runs g.body over the grid, as the runtime would; errors go where cudaGetLastError finds them.
inline void run_grid(const char* name, const void* kernel, dim3 grid, dim3 block, size_t shared) {
    unsigned long long threads = (unsigned long long)block.x * block.y * block.z;
    std::string where = std::string("launch of ") + name + "<<<" + triple(grid) + ", " + triple(block) + ", " + std::to_string(shared) + ">>>";
    if (threads == 0 || threads > MAX_THREADS || block.x > 1024 || block.y > 1024 || block.z > 64) {
        fail(cudaErrorInvalidConfiguration, where + ": invalid block size");
        return;
    }
    if (grid.x == 0 || grid.y == 0 || grid.z == 0 || grid.y > 65535 || grid.z > 65535 || grid.x > 2147483647u) {
        fail(cudaErrorInvalidConfiguration, where + ": invalid grid size");
        return;
    }
    size_t limit = DEFAULT_DYNAMIC_SHARED;
    auto it = g.dynamic_shared_limit.find(kernel);
    if (it != g.dynamic_shared_limit.end()) limit = it->second;
    if (shared > limit) {
        fail(cudaErrorInvalidValue, where + ": " + std::to_string(shared) + " bytes of dynamic shared memory, above the " +
                                        std::to_string(limit) + " allowed (cudaFuncSetAttribute raises it)");
        return;
    }
    g.block_dim = block;
    g.grid_dim = grid;
    if (g.threads.size() != threads) {
        for (Thread& t : g.threads) munmap(t.stack, STACK_BYTES);
        g.threads.assign(threads, Thread{});
        for (Thread& t : g.threads) {
            void* s = mmap(nullptr, STACK_BYTES, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
            if (s == MAP_FAILED) {
                g.threads.clear();
                fail(cudaErrorMemoryAllocation, where + ": cannot map fiber stacks");
                return;
            }
            t.stack = (char*)s;
        }
    }
    int i = 0;
    for (unsigned z = 0; z < block.z; z++)
        for (unsigned y = 0; y < block.y; y++)
            for (unsigned x = 0; x < block.x; x++, i++) {
                g.threads[i].idx = {x, y, z};
                g.threads[i].linear = i;
            }
    std::mt19937 rng((uint32_t)(0x9e3779b9u * ++g.launches));
    std::vector<uint3> blocks;
    blocks.reserve((size_t)grid.x * grid.y * grid.z);
    for (unsigned z = 0; z < grid.z; z++)
        for (unsigned y = 0; y < grid.y; y++)
            for (unsigned x = 0; x < grid.x; x++) blocks.push_back({x, y, z});
    if (!g.in_order) std::shuffle(blocks.begin(), blocks.end(), rng);
    g.dynamic_shared.assign(shared, (char)0xFF);
    for (uint3 b : blocks) {
        g.block_idx = b;
        if (shared) std::fill(g.dynamic_shared.begin(), g.dynamic_shared.end(), (char)0xFF);
        std::string problem = run_block(rng);
        if (!problem.empty()) {
            fail(g.problem_code, where + ", block " + triple(dim3(b.x, b.y, b.z)) + ": " + problem);
            return;
        }
    }
}

// `kernel<<<grid, block, shared, stream>>>(args...)` is rewritten (rewrite.pl) into
// `::emu::Launch("kernel", grid, block, shared, stream)(kernel, args...)`.
struct Launch {
    const char* name;
    dim3 grid, block;
    size_t shared;
    Launch(const char* n, dim3 gr, dim3 bl, size_t sh = 0, cudaStream_t = nullptr) : name(n), grid(gr), block(bl), shared(sh) {}
    template <typename... P, typename... A>
    void operator()(void (*kernel)(P...), A&&... args) {
        // Arguments are converted to the parameter types once, as the runtime copies them; each thread
        // then gets its own copy, as each CUDA thread has its own parameters.
        std::tuple<std::decay_t<P>...> params(std::forward<A>(args)...);
        g.body = [&] { std::apply(kernel, params); };
        run_grid(name, (const void*)kernel, grid, block, shared);
        g.body = nullptr;
    }
};

inline void* dynamic_shared() { return g.dynamic_shared.data(); }

}  // namespace emu

// ---------------------------------------------------------------------------------------------------
// Device-side built-ins
// ---------------------------------------------------------------------------------------------------

#define threadIdx (::emu::g.current->idx)
#define blockIdx (::emu::g.block_idx)
#define blockDim (::emu::g.block_dim)
#define gridDim (::emu::g.grid_dim)

inline void __syncthreads() { emu::wait_at(emu::Wait::SYNCTHREADS); }

template <typename T>
inline T emu_shuffle(emu::WarpOp op, unsigned mask, T v, int arg, int width) {
    static_assert(sizeof(T) <= 8, "shuffles move at most 8 bytes");
    uint64_t raw = 0;
    memcpy(&raw, &v, sizeof(T));
    raw = emu::warp_collective(op, mask, raw, arg, width);
    T out;
    memcpy(&out, &raw, sizeof(T));
    return out;
}
template <typename T>
inline T __shfl_xor_sync(unsigned mask, T v, int lane_mask, int width = 32) { return emu_shuffle(emu::WarpOp::SHFL_XOR, mask, v, lane_mask, width); }
template <typename T>
inline T __shfl_down_sync(unsigned mask, T v, unsigned delta, int width = 32) { return emu_shuffle(emu::WarpOp::SHFL_DOWN, mask, v, (int)delta, width); }
template <typename T>
inline T __shfl_up_sync(unsigned mask, T v, unsigned delta, int width = 32) { return emu_shuffle(emu::WarpOp::SHFL_UP, mask, v, (int)delta, width); }
template <typename T>
inline T __shfl_sync(unsigned mask, T v, int src_lane, int width = 32) { return emu_shuffle(emu::WarpOp::SHFL_IDX, mask, v, src_lane, width); }
inline unsigned __ballot_sync(unsigned mask, int predicate) {
    return (unsigned)emu::warp_collective(emu::WarpOp::BALLOT, mask, predicate != 0, 0, 32);
}

// mma.sync, ldmatrix and cp.async, for kernels/ptx.cuh.
#include "emu_ptx.h"

// CUDA's min and max for device code (the host has only std::min and std::max).
#define EMU_MIN_MAX(T)                               \
    inline T min(T a, T b) { return a < b ? a : b; } \
    inline T max(T a, T b) { return a < b ? b : a; }
EMU_MIN_MAX(int)
EMU_MIN_MAX(unsigned)
EMU_MIN_MAX(long)
EMU_MIN_MAX(unsigned long)
EMU_MIN_MAX(long long)
EMU_MIN_MAX(unsigned long long)
EMU_MIN_MAX(float)
EMU_MIN_MAX(double)
#undef EMU_MIN_MAX

// ---------------------------------------------------------------------------------------------------
// Host-side runtime API
// ---------------------------------------------------------------------------------------------------

inline const char* cudaGetErrorString(cudaError_t e) {
    if (e == emu::g.failed && e != cudaSuccess) return emu::g.message.c_str();
    switch (e) {
        case cudaSuccess: return "no error";
        case cudaErrorInvalidValue: return "invalid argument";
        case cudaErrorMemoryAllocation: return "out of memory";
        case cudaErrorInvalidConfiguration: return "invalid configuration argument";
        case cudaErrorInvalidDevice: return "invalid device ordinal";
        case cudaErrorNoDevice: return "no CUDA-capable device is detected";
        case cudaErrorMisalignedAddress: return "misaligned address";
        case cudaErrorLaunchFailure: return "unspecified launch failure";
    }
    return "unknown error";
}
inline cudaError_t cudaGetLastError() {
    cudaError_t e = emu::g.error;
    emu::g.error = cudaSuccess;
    return e;
}
inline cudaError_t cudaDeviceSynchronize() { return cudaGetLastError(); }
inline cudaError_t cudaStreamSynchronize(cudaStream_t) { return cudaGetLastError(); }

inline cudaError_t cudaGetDeviceCount(int* count) {
    *count = 1;
    return cudaSuccess;
}
inline cudaError_t cudaSetDevice(int device) { return device == 0 ? cudaSuccess : cudaErrorInvalidDevice; }
inline cudaError_t cudaGetDevice(int* device) {
    *device = 0;
    return cudaSuccess;
}
inline cudaError_t cudaGetDeviceProperties(cudaDeviceProp* p, int device) {
    if (device != 0) return cudaErrorInvalidDevice;
    memset(p, 0, sizeof(*p));
    snprintf(p->name, sizeof(p->name), "CPU emulator (test/emu)");
    p->totalGlobalMem = 16ull << 30;
    p->sharedMemPerBlock = emu::DEFAULT_DYNAMIC_SHARED;
    p->sharedMemPerBlockOptin = emu::MAX_DYNAMIC_SHARED;
    p->warpSize = 32;
    p->maxThreadsPerBlock = emu::MAX_THREADS;
    p->multiProcessorCount = 4;
    p->major = 9;
    p->minor = 0;
    return cudaSuccess;
}
inline cudaError_t cudaMemGetInfo(size_t* free_bytes, size_t* total_bytes) {
    *free_bytes = 8ull << 30;
    *total_bytes = 16ull << 30;
    return cudaSuccess;
}

// Device memory is host memory here: exactly the bytes asked for (so AddressSanitizer sees the end),
// 256-byte aligned like cudaMalloc's, and filled with 0xFF so that nothing reads as a plausible value
// before a kernel or a copy writes it.
inline cudaError_t cudaMalloc(void** p, size_t bytes) {
    *p = nullptr;
    if (posix_memalign(p, 256, std::max(bytes, (size_t)1)) != 0) return emu::fail(cudaErrorMemoryAllocation, "cudaMalloc: out of memory");
    memset(*p, 0xFF, bytes);
    return cudaSuccess;
}
template <typename T>
inline cudaError_t cudaMalloc(T** p, size_t bytes) { return cudaMalloc((void**)p, bytes); }
inline cudaError_t cudaFree(void* p) {
    free(p);
    return cudaSuccess;
}
inline cudaError_t cudaMemcpy(void* dst, const void* src, size_t bytes, cudaMemcpyKind) {
    if (bytes) memcpy(dst, src, bytes);
    return cudaSuccess;
}
inline cudaError_t cudaMemcpyAsync(void* dst, const void* src, size_t bytes, cudaMemcpyKind kind, cudaStream_t = nullptr) {
    return cudaMemcpy(dst, src, bytes, kind);
}
inline cudaError_t cudaMemset(void* p, int value, size_t bytes) {
    if (bytes) memset(p, value, bytes);
    return cudaSuccess;
}

template <typename F>
inline cudaError_t cudaFuncSetAttribute(F* kernel, cudaFuncAttribute attr, int value) {
    if (attr != cudaFuncAttributeMaxDynamicSharedMemorySize || value < 0 || (size_t)value > emu::MAX_DYNAMIC_SHARED)
        return emu::fail(cudaErrorInvalidValue, "cudaFuncSetAttribute: value out of range");
    emu::g.dynamic_shared_limit[(const void*)kernel] = (size_t)value;
    return cudaSuccess;
}

inline cudaError_t cudaEventCreate(cudaEvent_t* e) {
    *e = new CUevent_st;
    return cudaSuccess;
}
inline cudaError_t cudaEventDestroy(cudaEvent_t e) {
    delete e;
    return cudaSuccess;
}
inline cudaError_t cudaEventRecord(cudaEvent_t e, cudaStream_t = nullptr) {
    e->t = std::chrono::steady_clock::now();
    return cudaSuccess;
}
inline cudaError_t cudaEventSynchronize(cudaEvent_t) { return cudaSuccess; }
inline cudaError_t cudaEventElapsedTime(float* ms, cudaEvent_t start, cudaEvent_t end) {
    *ms = std::chrono::duration<float, std::milli>(end->t - start->t).count();
    return cudaSuccess;
}
