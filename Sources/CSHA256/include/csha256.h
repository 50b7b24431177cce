#ifndef CSHA256_H
#define CSHA256_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Streaming SHA-256 state (FIPS 180-4). Initialise with csha256_init before use.
typedef struct {
    uint32_t state[8];
    uint64_t length;      /* bytes absorbed so far */
    uint8_t buffer[64];   /* a partial block */
    uint32_t buffered;    /* bytes in buffer */
} csha256_ctx;

/// Resets ctx to the SHA-256 initial hash value.
void csha256_init(csha256_ctx *ctx);
/// Absorbs len bytes.
void csha256_update(csha256_ctx *ctx, const void *data, size_t len);
/// Writes the 32-byte digest to out; ctx must be re-initialised before reuse.
void csha256_final(csha256_ctx *ctx, uint8_t out[32]);
/// One-shot digest of len bytes.
void csha256_hash(const void *data, size_t len, uint8_t out[32]);

/// 1 when csha256_update/final/hash compress with the CPU's SHA extensions right now
/// (x86_64 SHA-NI detected by cpuid, and not forced portable), 0 for the portable code.
/// Thread-safe.
int csha256_uses_sha_extensions(void);
/// 1 when the CPU offers the SHA extensions this library can use (x86_64: SHA, SSE4.1 and
/// SSSE3 by cpuid), whether or not csha256_force_portable is in effect; 0 elsewhere.
int csha256_cpu_has_sha_extensions(void);
/// Forces the portable implementation (force != 0) or restores automatic choice; for tests.
/// Process-wide and thread-safe; switching it while a ctx is mid-stream is harmless (both
/// paths compute the same function). Prefer csha256_hash_portable in tests.
void csha256_force_portable(int force);
/// One-shot digest of len bytes that always uses the portable compression function,
/// regardless of the CPU or csha256_force_portable; for cross-checking the fast path.
void csha256_hash_portable(const void *data, size_t len, uint8_t out[32]);

/// One piece of a message: len bytes at data (data may be NULL when len is 0).
typedef struct {
    const void *data;
    size_t len;
} csha256_piece;

/// Hashes count messages at once: message i is the concatenation of the next counts[i] pieces of
/// pieces (in order), and its digest goes to digests + 32 * i. With the CPU's SHA extensions the
/// messages are hashed two at a time, their blocks interleaved (each lane takes the next message
/// when its own ends), which doubles the throughput of independent hashes; otherwise one by one.
/// Every digest equals csha256_hash of its message's bytes. The bytes are only read during the call.
void csha256_hash_many(const csha256_piece *pieces, const uint32_t *counts, size_t count, uint8_t *digests);
/// csha256_hash_many with the portable compression function (the two lanes one after the other),
/// regardless of the CPU or csha256_force_portable; for tests.
void csha256_hash_many_portable(const csha256_piece *pieces, const uint32_t *counts, size_t count, uint8_t *digests);
/// Two one-piece messages at once: csha256_hash_many of (a, alen) and (b, blen).
void csha256_hash2(const void *a, size_t alen, const void *b, size_t blen, uint8_t out_a[32], uint8_t out_b[32]);

#ifdef __cplusplus
}
#endif

#endif
