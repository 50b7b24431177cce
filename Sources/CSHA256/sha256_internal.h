// Internal to CSHA256: shared between the portable and SHA-extension compression functions.
#ifndef CSHA256_INTERNAL_H
#define CSHA256_INTERNAL_H

#include <stddef.h>
#include <stdint.h>

#define CSHA256_HIDDEN __attribute__((visibility("hidden")))

/// The 64 SHA-256 round constants (FIPS 180-4 §4.2.2).
CSHA256_HIDDEN extern const uint32_t csha256_K[64];

#if defined(__x86_64__)
/// 1 when the CPU supports SHA, SSE4.1 and SSSE3 (cpuid), else 0. Cached after the first call.
CSHA256_HIDDEN int csha256_cpu_has_sha_ni(void);
/// Compresses count 64-byte blocks into state with the Intel SHA extensions.
/// Only call when csha256_cpu_has_sha_ni() returned 1.
CSHA256_HIDDEN void csha256_compress_sha_ni(uint32_t state[8], const uint8_t *blocks, size_t count);
/// count consecutive blocks into each of two states kept in the SHA-NI layout (ABEF in words 0-3,
/// CDGH in words 4-7), the two lanes' instructions interleaved.
CSHA256_HIDDEN void csha256_compress2_sha_ni_lanes(uint32_t a[8], const uint8_t *blocks_a, uint32_t b[8], const uint8_t *blocks_b, size_t count);
/// count consecutive blocks into a state kept in the SHA-NI layout.
CSHA256_HIDDEN void csha256_compress1_sha_ni_lanes(uint32_t state[8], const uint8_t *blocks, size_t count);
#endif

#endif
