// SHA-256 (FIPS 180-4): padding, streaming, the portable compression function and the
// runtime choice between it and the CPU's SHA extensions (sha256_x86.c).
#include "csha256.h"
#include "sha256_internal.h"
#include <stdatomic.h>
#include <string.h>

const uint32_t csha256_K[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

#define ROTR(x, n) (((x) >> (n)) | ((x) << (32 - (n))))

static void compress_portable(uint32_t state[8], const uint8_t *blocks, size_t count) {
    while (count--) {
        uint32_t w[64];
        for (int i = 0; i < 16; i++) {
            w[i] = ((uint32_t)blocks[i * 4] << 24) | ((uint32_t)blocks[i * 4 + 1] << 16) |
                   ((uint32_t)blocks[i * 4 + 2] << 8) | (uint32_t)blocks[i * 4 + 3];
        }
        for (int i = 16; i < 64; i++) {
            uint32_t s0 = ROTR(w[i - 15], 7) ^ ROTR(w[i - 15], 18) ^ (w[i - 15] >> 3);
            uint32_t s1 = ROTR(w[i - 2], 17) ^ ROTR(w[i - 2], 19) ^ (w[i - 2] >> 10);
            w[i] = w[i - 16] + s0 + w[i - 7] + s1;
        }
        uint32_t a = state[0], b = state[1], c = state[2], d = state[3];
        uint32_t e = state[4], f = state[5], g = state[6], h = state[7];
        for (int i = 0; i < 64; i++) {
            uint32_t S1 = ROTR(e, 6) ^ ROTR(e, 11) ^ ROTR(e, 25);
            uint32_t ch = (e & f) ^ (~e & g);
            uint32_t t1 = h + S1 + ch + csha256_K[i] + w[i];
            uint32_t S0 = ROTR(a, 2) ^ ROTR(a, 13) ^ ROTR(a, 22);
            uint32_t maj = (a & b) ^ (a & c) ^ (b & c);
            uint32_t t2 = S0 + maj;
            h = g; g = f; f = e; e = d + t1;
            d = c; c = b; b = a; a = t1 + t2;
        }
        state[0] += a; state[1] += b; state[2] += c; state[3] += d;
        state[4] += e; state[5] += f; state[6] += g; state[7] += h;
        blocks += 64;
    }
}

typedef void (*compress_fn)(uint32_t state[8], const uint8_t *blocks, size_t count);

static _Atomic int force_portable = 0;

/* The compression function every csha256_update/final call uses right now. */
static compress_fn chosen_compress(void) {
#if defined(__x86_64__)
    if (!atomic_load_explicit(&force_portable, memory_order_relaxed) && csha256_cpu_has_sha_ni())
        return csha256_compress_sha_ni;
#endif
    return compress_portable;
}

int csha256_uses_sha_extensions(void) { return chosen_compress() != compress_portable; }

int csha256_cpu_has_sha_extensions(void) {
#if defined(__x86_64__)
    return csha256_cpu_has_sha_ni();
#else
    return 0;
#endif
}

void csha256_force_portable(int force) {
    atomic_store_explicit(&force_portable, force != 0, memory_order_relaxed);
}

void csha256_init(csha256_ctx *ctx) {
    static const uint32_t H0[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                   0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
    memcpy(ctx->state, H0, sizeof H0);
    ctx->length = 0;
    ctx->buffered = 0;
}

static void update_with(csha256_ctx *ctx, const void *data, size_t len, compress_fn compress) {
    const uint8_t *p = (const uint8_t *)data;
    ctx->length += len;
    if (ctx->buffered) {
        size_t take = 64 - ctx->buffered;
        if (take > len) take = len;
        memcpy(ctx->buffer + ctx->buffered, p, take);
        ctx->buffered += (uint32_t)take;
        p += take;
        len -= take;
        if (ctx->buffered < 64) return;
        compress(ctx->state, ctx->buffer, 1);
        ctx->buffered = 0;
    }
    if (len >= 64) {
        size_t blocks = len / 64;
        compress(ctx->state, p, blocks);
        p += blocks * 64;
        len -= blocks * 64;
    }
    if (len) {
        memcpy(ctx->buffer, p, len);
        ctx->buffered = (uint32_t)len;
    }
}

static void final_with(csha256_ctx *ctx, uint8_t out[32], compress_fn compress) {
    uint64_t bits = ctx->length * 8;
    uint8_t pad[72];
    size_t padlen = (ctx->buffered < 56) ? (56 - ctx->buffered) : (120 - ctx->buffered);
    memset(pad, 0, sizeof pad);
    pad[0] = 0x80;
    for (size_t i = 0; i < 8; i++) pad[padlen + i] = (uint8_t)(bits >> (56 - 8 * i));
    uint64_t saved = ctx->length;
    update_with(ctx, pad, padlen + 8, compress);
    ctx->length = saved;
    for (int i = 0; i < 8; i++) {
        out[i * 4] = (uint8_t)(ctx->state[i] >> 24);
        out[i * 4 + 1] = (uint8_t)(ctx->state[i] >> 16);
        out[i * 4 + 2] = (uint8_t)(ctx->state[i] >> 8);
        out[i * 4 + 3] = (uint8_t)ctx->state[i];
    }
}

void csha256_update(csha256_ctx *ctx, const void *data, size_t len) {
    update_with(ctx, data, len, chosen_compress());
}

void csha256_final(csha256_ctx *ctx, uint8_t out[32]) {
    final_with(ctx, out, chosen_compress());
}

/* One-shot: the whole blocks straight from the input, then the last one or two blocks (the rest
   of the input, 0x80, zeros, the bit length) built once on the stack; no context buffering. */
static void hash_with(const void *data, size_t len, uint8_t out[32], compress_fn compress) {
    uint32_t state[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                         0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
    const uint8_t *p = (const uint8_t *)data;
    size_t whole = len / 64;
    if (whole) compress(state, p, whole);
    size_t rest = len - whole * 64;
    uint8_t tail[128];
    size_t blocks = rest < 56 ? 1 : 2;
    memcpy(tail, p + whole * 64, rest);
    tail[rest] = 0x80;
    memset(tail + rest + 1, 0, blocks * 64 - 8 - rest - 1);
    uint64_t bits = (uint64_t)len * 8;
    for (size_t i = 0; i < 8; i++) tail[blocks * 64 - 8 + i] = (uint8_t)(bits >> (56 - 8 * i));
    compress(state, tail, blocks);
    for (int i = 0; i < 8; i++) {
        out[i * 4] = (uint8_t)(state[i] >> 24);
        out[i * 4 + 1] = (uint8_t)(state[i] >> 16);
        out[i * 4 + 2] = (uint8_t)(state[i] >> 8);
        out[i * 4 + 3] = (uint8_t)state[i];
    }
}

void csha256_hash(const void *data, size_t len, uint8_t out[32]) {
    hash_with(data, len, out, chosen_compress());
}

void csha256_hash_portable(const void *data, size_t len, uint8_t out[32]) {
    csha256_ctx ctx;
    csha256_init(&ctx);
    update_with(&ctx, data, len, compress_portable);
    final_with(&ctx, out, compress_portable);
}
