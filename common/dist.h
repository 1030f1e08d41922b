// dist.h — data parallelism: ranks, the few collectives training needs, and the data-parallel
// optimizer step.
//
// A program is one rank of `world` processes started by a launcher: mpirun (OpenMPI or MPICH) or
// Slurm's srun. MPI_Init tells each process its rank. Started alone, a program is rank 0 of 1 and
// nothing here communicates (unless --distributed asks for the communication path anyway, to
// test it with one rank).
//
// Data parallelism: every rank holds the whole model and computes the gradient of its own slice of
// the global batch, scaled by 1 / (tokens of the global batch); the sum over ranks is then the
// gradient of the global batch, exactly what one process would compute up to the order of fp32
// additions. The sum travels
//   on the CPU path:  MPI_Allreduce over host memory;
//   on the CUDA path: NCCL all-reduce over device memory (NCCL's handshake goes over MPI), or,
//                     in a build without NCCL, through host memory and MPI (correct, slower).
// ZeRO stage 1 (--zero): each rank keeps AdamW's moments for 1/world of the parameters only. The
// summed gradient is then needed only on the rank that updates it (one reduce per shard, to its
// owner), and each owner broadcasts its updated parameters (one broadcast per shard). Small host
// messages (losses, router scores, hashes) always go through MPI.
//
// Failure: a rank that hits an error calls MPI_Abort, which ends every rank; without it the others
// would wait in their next collective forever. A rank killed outright is noticed by the launcher,
// which ends the rest (mpirun by default; srun with --kill-on-bad-exit=1, as scripts/slurm sets).
#pragma once

#include <unistd.h>

#include <climits>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#ifdef HAVE_MPI
#include <mpi.h>
#endif
#if defined(HAVE_NCCL) && defined(__CUDACC__)
#include <nccl.h>
#define DIST_NCCL 1
#endif

#include "model.h"
#include "util.h"

struct Dist {
    int rank = 0, world = 1;
    int local_rank = 0;     // rank among the processes of this machine: picks the GPU
    bool mpi = false;       // MPI is initialised
    bool nccl = false;      // device buffers are summed by NCCL
    bool active = false;    // gradients go through the collectives (world > 1, or --distributed)
#ifdef DIST_NCCL
    ncclComm_t comm = nullptr;
#endif
    bool root() const { return rank == 0; }
};

// [begin, begin + count): the part of n items that rank r owns (a ZeRO shard, a slice of sequences).
inline void dist_share(int64_t n, int world, int r, int64_t* begin, int64_t* count) {
    *begin = n * r / world;
    *count = n * (r + 1) / world - *begin;
}

// How many processes the launcher says it started (1 when none did): mpirun, MPICH, srun.
inline int launcher_world_size(std::string* launcher) {
    const char* names[] = {"OMPI_COMM_WORLD_SIZE", "PMI_SIZE", "SLURM_STEP_NUM_TASKS"};
    for (const char* name : names) {
        const char* s = getenv(name);
        if (s && atoi(s) > 0) {
            *launcher = name;
            return atoi(s);
        }
    }
    return 1;
}

#ifdef HAVE_MPI
#define MPI_CHECK(call)                                                                         \
    do {                                                                                        \
        int err_ = (call);                                                                      \
        if (err_ != MPI_SUCCESS) {                                                              \
            char text_[MPI_MAX_ERROR_STRING];                                                   \
            int len_ = 0;                                                                       \
            MPI_Error_string(err_, text_, &len_);                                               \
            fail("MPI error at %s:%d (%s): %s", __FILE__, __LINE__, #call, text_);              \
        }                                                                                       \
    } while (0)
#endif
#ifdef DIST_NCCL
#define NCCL_CHECK(call)                                                                        \
    do {                                                                                        \
        ncclResult_t err_ = (call);                                                             \
        if (err_ != ncclSuccess) fail("NCCL error at %s:%d (%s): %s", __FILE__, __LINE__, #call, \
                                      ncclGetErrorString(err_));                                \
    } while (0)
#endif

// Starts MPI when the program was launched as several ranks (or `force`); before anything else.
inline void dist_init(Dist& d, bool force) {
    std::string launcher;
    int launched = launcher_world_size(&launcher);
    if (launched <= 1 && !force) return;
#ifdef HAVE_MPI
    MPI_CHECK(MPI_Init(nullptr, nullptr));
    d.mpi = true;
    MPI_CHECK(MPI_Comm_rank(MPI_COMM_WORLD, &d.rank));
    MPI_CHECK(MPI_Comm_size(MPI_COMM_WORLD, &d.world));
    if (launched > 1 && d.world != launched)
        fail("%s says %d ranks, but MPI sees %d: with srun, add --mpi=pmix (or your cluster's MPI plugin); with "
             "mpirun, use the one of the MPI this program was built with (ldd shows which libmpi it loads)",
             launcher.c_str(), launched, d.world);
    MPI_Comm local;  // the ranks of this machine, to give each its own GPU
    MPI_CHECK(MPI_Comm_split_type(MPI_COMM_WORLD, MPI_COMM_TYPE_SHARED, d.rank, MPI_INFO_NULL, &local));
    MPI_CHECK(MPI_Comm_rank(local, &d.local_rank));
    MPI_CHECK(MPI_Comm_free(&local));
#else
    if (launched > 1)
        fail("started as one of %d ranks (%s), but this build has no MPI: install it (make deps, or apt-get install "
             "libopenmpi-dev openmpi-bin) and rebuild with make",
             launched, launcher.c_str());
#endif
    d.active = true;
}

// A program's set-up after dist_init: its --device and --precision resolved (model.h's choose_device),
// then, under several ranks on GPUs, each rank takes its own GPU and NCCL is set up among the ranks.
inline Device dist_choose_device(Dist& d, const std::string& device, const std::string& precision) {
    Device dev = choose_device(device, precision);
    if (!d.active || !dev.cuda) return dev;
#ifdef __CUDACC__
    int gpus = 0;
    CUDA_CHECK(cudaGetDeviceCount(&gpus));
    CUDA_CHECK(cudaSetDevice(d.local_rank % gpus));
#endif
#ifdef DIST_NCCL
    ncclUniqueId id;
    if (d.root()) NCCL_CHECK(ncclGetUniqueId(&id));
#ifdef HAVE_MPI
    if (d.mpi) MPI_CHECK(MPI_Bcast(&id, sizeof(id), MPI_BYTE, 0, MPI_COMM_WORLD));
#endif
    NCCL_CHECK(ncclCommInitRank(&d.comm, d.world, id, d.rank));
    d.nccl = true;
#endif
    return dev;
}

// "rank 3: " in front of messages when there are several ranks.
inline std::string dist_tag(const Dist& d) { return d.world > 1 ? "rank " + std::to_string(d.rank) + ": " : ""; }

// After an error on this rank: end every rank (they may be waiting for this one in a collective).
inline void dist_abort(Dist& d, int code) {
#ifdef HAVE_MPI
    if (d.mpi && d.world > 1) {
        fflush(stdout);
        fflush(stderr);
        MPI_Abort(MPI_COMM_WORLD, code);
    }
#endif
    (void)d;
    (void)code;
}

// main()'s catch: prints the error ("rank 3: error: ..." when there are several ranks), ends every
// rank, and returns main's exit code.
inline int dist_error_exit(Dist& d, const std::exception& e) {
    fflush(stdout);
    fprintf(stderr, "%serror: %s\n", dist_tag(d).c_str(), e.what());
    dist_abort(d, 1);
    return 1;
}

inline void dist_finish(Dist& d) {
#ifdef DIST_NCCL
    if (d.comm) ncclCommDestroy(d.comm);
    d.comm = nullptr;
#endif
#ifdef HAVE_MPI
    if (d.mpi) MPI_Finalize();
#endif
    d.mpi = false;
}

inline void dist_barrier(Dist& d) {
#ifdef HAVE_MPI
    if (d.mpi) MPI_CHECK(MPI_Barrier(MPI_COMM_WORLD));
#endif
    (void)d;
}

// ---- host memory, through MPI (counts in pieces below 2^31, MPI's int)

constexpr size_t MPI_PIECE = (size_t)1 << 30;

// In place: x[i] = the sum of x[i] over ranks, the same on every rank.
template <typename T>
inline void dist_sum(Dist& d, T* x, size_t n) {
#ifdef HAVE_MPI
    if (!d.mpi) return;
    MPI_Datatype type = sizeof(T) == 8 ? MPI_DOUBLE : MPI_FLOAT;
    static_assert(sizeof(T) == 4 || sizeof(T) == 8, "dist_sum: float or double");
    for (size_t i = 0; i < n; i += MPI_PIECE)
        MPI_CHECK(MPI_Allreduce(MPI_IN_PLACE, x + i, (int)std::min(MPI_PIECE, n - i), type, MPI_SUM, MPI_COMM_WORLD));
#endif
    (void)d; (void)x; (void)n;
}

// The smallest and largest of one value over the ranks (to check that ranks agree).
inline void dist_min_max(Dist& d, uint64_t x, uint64_t* lo, uint64_t* hi) {
    *lo = *hi = x;
#ifdef HAVE_MPI
    if (!d.mpi) return;
    unsigned long long v = x, a = 0, b = 0;
    MPI_CHECK(MPI_Allreduce(&v, &a, 1, MPI_UNSIGNED_LONG_LONG, MPI_MIN, MPI_COMM_WORLD));
    MPI_CHECK(MPI_Allreduce(&v, &b, 1, MPI_UNSIGNED_LONG_LONG, MPI_MAX, MPI_COMM_WORLD));
    *lo = a;
    *hi = b;
#endif
    (void)d;
}

// Every rank's shard [begin_r, begin_r + count_r) of n floats (dist_share), joined on rank 0 into
// `all` (n floats; untouched elsewhere). `mine` holds this rank's shard.
inline void dist_gather_shards(Dist& d, const float* mine, float* all, int64_t n) {
    int64_t begin, count;
    dist_share(n, d.world, d.rank, &begin, &count);
    if (d.root()) std::copy(mine, mine + count, all + begin);
#ifdef HAVE_MPI
    if (!d.mpi) return;
    for (int r = 1; r < d.world; r++) {
        int64_t rb, rc;
        dist_share(n, d.world, r, &rb, &rc);
        for (int64_t i = 0; i < rc; i += (int64_t)MPI_PIECE) {
            int piece = (int)std::min<int64_t>((int64_t)MPI_PIECE, rc - i);
            if (d.rank == r) MPI_CHECK(MPI_Send(mine + i, piece, MPI_FLOAT, 0, 0, MPI_COMM_WORLD));
            if (d.root()) MPI_CHECK(MPI_Recv(all + rb + i, piece, MPI_FLOAT, r, 0, MPI_COMM_WORLD, MPI_STATUS_IGNORE));
        }
    }
#endif
}

// ---- the model's gradients and parameters, on its device

// The three collectives on n floats at `buf` (device memory on the CUDA path), in place:
//   SUM:        buf = the sum over ranks, on every rank;
//   REDUCE:     buf's shard of rank r = the sum over ranks, on rank r (other shards: unspecified);
//   BROADCAST:  buf's shard of rank r = rank r's, on every rank.
enum DistOp { DIST_SUM, DIST_REDUCE_TO_OWNERS, DIST_BROADCAST_FROM_OWNERS };

#ifdef HAVE_MPI
inline void dist_mpi(Dist& d, DistOp op, float* buf, int64_t n) {
    if (op == DIST_SUM) { dist_sum(d, buf, (size_t)n); return; }
    for (int r = 0; r < d.world; r++) {
        int64_t begin, count;
        dist_share(n, d.world, r, &begin, &count);
        for (int64_t i = 0; i < count; i += (int64_t)MPI_PIECE) {
            float* p = buf + begin + i;
            int piece = (int)std::min<int64_t>((int64_t)MPI_PIECE, count - i);
            if (op == DIST_BROADCAST_FROM_OWNERS) MPI_CHECK(MPI_Bcast(p, piece, MPI_FLOAT, r, MPI_COMM_WORLD));
            else MPI_CHECK(MPI_Reduce(d.rank == r ? MPI_IN_PLACE : p, p, piece, MPI_FLOAT, MPI_SUM, r, MPI_COMM_WORLD));
        }
    }
}
#endif

inline void dist_collective(Dist& d, const Model& m, DistOp op, float* buf, int64_t n) {
    if (!d.active) return;
#ifdef DIST_NCCL
    if (m.cuda && d.nccl) {
        if (op == DIST_SUM) {
            NCCL_CHECK(ncclAllReduce(buf, buf, (size_t)n, ncclFloat, ncclSum, d.comm, 0));
        } else {
            NCCL_CHECK(ncclGroupStart());  // one reduce (or broadcast) per shard, to (or from) its owner
            for (int r = 0; r < d.world; r++) {
                int64_t begin, count;
                dist_share(n, d.world, r, &begin, &count);
                float* p = buf + begin;
                if (op == DIST_BROADCAST_FROM_OWNERS) NCCL_CHECK(ncclBroadcast(p, p, (size_t)count, ncclFloat, r, d.comm, 0));
                else NCCL_CHECK(ncclReduce(p, p, (size_t)count, ncclFloat, ncclSum, r, d.comm, 0));
            }
            NCCL_CHECK(ncclGroupEnd());
        }
        return;
    }
#endif
#ifdef HAVE_MPI
    if (m.cuda) {  // no NCCL: through host memory
        std::vector<float> host((size_t)n);
        copy_to_host(m, host.data(), buf, host.size() * sizeof(float));
        dist_mpi(d, op, host.data(), n);
        copy_to_device(m, buf, host.data(), host.size() * sizeof(float));
    } else {
        dist_mpi(d, op, buf, n);
    }
#else
    (void)m; (void)op; (void)buf; (void)n;
#endif
}

// ZeRO-1: this rank keeps AdamW's moments of its shard of the parameters only.
inline void dist_shard_optimizer(Dist& d, Model& m) {
    int64_t begin, count;
    dist_share(m.num_params, d.world, d.rank, &begin, &count);
    model_keep_moments(m, begin, count);
}

// The data-parallel optimizer step (each rank has back-propagated its slice of the global batch with
// the scale 1 / global batch tokens): sums the gradients over ranks, clips by the global norm,
// AdamW. Afterwards every rank holds the same parameters. Returns the norm before clipping.
inline float dist_update(Dist& d, Model& m, float lr, const AdamWConfig& o, int t) {
    if (!d.active) return model_update(m, lr, o, t);
    bool zero = m.opt_count < m.num_params;
    if (!zero) {
        dist_collective(d, m, DIST_SUM, m.grads, m.num_params);
        return model_update(m, lr, o, t);
    }
    dist_collective(d, m, DIST_REDUCE_TO_OWNERS, m.grads, m.num_params);  // our shard of grads is now the sum
    double squared = model_grad_norm_squared(m, m.opt_begin, m.opt_count);
    dist_sum(d, &squared, 1);
    float norm = (float)sqrt(squared);
    model_adamw(m, lr, o, t, clip_scale(o, norm));
    dist_collective(d, m, DIST_BROADCAST_FROM_OWNERS, m.params, m.num_params);
    return norm;
}

// AdamW's moments of every parameter, on rank 0 (from the shards under ZeRO): what optimizer.bin holds.
inline void dist_gather_moments(Dist& d, const Model& m, std::vector<float>& mo, std::vector<float>& vo) {
    bool sharded = m.opt_count < m.num_params;
    if (!sharded && !d.root()) return;  // replicated: rank 0's are everyone's
    std::vector<float> m_shard, v_shard;
    model_moments_to_host(m, m_shard, v_shard);
    if (!sharded) {
        mo = std::move(m_shard);
        vo = std::move(v_shard);
        return;
    }
    if (d.root()) {
        mo.resize((size_t)m.num_params);
        vo.resize((size_t)m.num_params);
    }
    dist_gather_shards(d, m_shard.data(), mo.data(), m.num_params);
    dist_gather_shards(d, v_shard.data(), vo.data(), m.num_params);
}

// The inverse, on resume, is model.h's model_load_moments: each rank takes its shard of the whole state.

// Checks that every rank holds the same parameters (they must: same sums, same update); a
// difference would mean a broken collective, and the run would silently train W different models.
inline void dist_check_replicas(Dist& d, const Model& m, int step) {
    if (!d.active || d.world == 1) return;
    std::vector<float> host((size_t)m.num_params);
    copy_to_host(m, host.data(), m.params, host.size() * sizeof(float));
    uint64_t h = hash_bytes((const char*)host.data(), host.size() * sizeof(float), 0), lo, hi;
    dist_min_max(d, h, &lo, &hi);
    if (lo != hi)
        fail("step %d: the ranks' copies of the parameters differ; the gradient sum is not the same on every rank "
             "(a broken MPI or NCCL installation?): stopping", step);
}
