// cub/device/device_radix_sort.cuh of the CPU emulator (see ../../cuda_runtime.h): SortPairs as CUB
// defines it (a size query when temp storage is null; otherwise a stable sort by the
// chosen bits of the key).
#pragma once

#include <type_traits>

#include "../../cuda_runtime.h"

namespace cub {
struct DeviceRadixSort {
    template <typename Key, typename Value>
    static cudaError_t SortPairs(void* temp, size_t& temp_bytes, const Key* keys_in, Key* keys_out, const Value* values_in,
                                 Value* values_out, int n, int begin_bit = 0, int end_bit = (int)(sizeof(Key) * 8),
                                 cudaStream_t = nullptr) {
        if (!temp) {
            temp_bytes = 256;  // the caller must still allocate and pass something
            return cudaSuccess;
        }
        if (temp_bytes < 256 || begin_bit < 0 || end_bit > (int)(sizeof(Key) * 8) || begin_bit > end_bit) return cudaErrorInvalidValue;
        // The key's bits [begin_bit, end_bit) as CUB reads them: signed keys with the sign bit flipped, so
        // that negative numbers sort first.
        static_assert(std::is_integral<Key>::value && sizeof(Key) <= 8, "integer keys only");
        auto bits = [&](Key key) {
            uint64_t u = (uint64_t)(std::make_unsigned_t<Key>)key;
            if (std::is_signed<Key>::value) u ^= 1ull << (sizeof(Key) * 8 - 1);
            int width = end_bit - begin_bit;
            return width == 64 ? u : (u >> begin_bit) & ((1ull << width) - 1);
        };
        std::vector<int> order(n);
        for (int i = 0; i < n; i++) order[i] = i;
        std::stable_sort(order.begin(), order.end(), [&](int x, int y) { return bits(keys_in[x]) < bits(keys_in[y]); });
        std::vector<Key> keys(n);
        std::vector<Value> values(n);
        for (int i = 0; i < n; i++) keys[i] = keys_in[order[i]], values[i] = values_in[order[i]];
        std::copy(keys.begin(), keys.end(), keys_out);
        std::copy(values.begin(), values.end(), values_out);
        return cudaSuccess;
    }
};
}  // namespace cub
