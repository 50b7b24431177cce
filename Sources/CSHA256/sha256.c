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

/* The initial hash value (FIPS 180-4 §5.3.3). */
static const uint32_t H0[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                               0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};

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
    uint32_t state[8];
    memcpy(state, H0, sizeof H0);
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

/* ---- Many messages at once (csha256_hash_many) ---- */

/* A message's blocks, one at a time: whole blocks straight from its pieces where a piece holds
   one, otherwise gathered into buf; then the padding (0x80, zeros, the bit length), in buf. */
typedef struct {
    const csha256_piece *next_piece; /* the pieces not yet begun */
    size_t pieces_left;
    const uint8_t *at;               /* the unread rest of the current piece */
    size_t at_len;
    uint64_t length;                 /* the message's bytes */
    int stage;                       /* 0: data; 1: the second padding block is in buf + 64; 2: done */
    uint8_t buf[128];
} block_cursor;

static void cursor_start(block_cursor *c, const csha256_piece *pieces, size_t count) {
    uint64_t length = 0;
    for (size_t i = 0; i < count; i++) length += pieces[i].len;
    c->next_piece = pieces;
    c->pieces_left = count;
    c->at = NULL;
    c->at_len = 0;
    c->length = length;
    c->stage = 0;
}

/* The message's next blocks, consecutive, and their number in *run (at least 1); NULL after its
   last (the padding). Whole blocks of a piece come straight from it, all of them at once; a block
   gathered across pieces or padded is in buf and stays valid until the next call on this cursor. */
static const uint8_t *cursor_next(block_cursor *c, size_t *run) {
    *run = 1;
    if (c->stage == 2) return NULL;
    if (c->stage == 1) {
        c->stage = 2;
        return c->buf + 64;
    }
    while (c->at_len == 0 && c->pieces_left > 0) {
        c->at = (const uint8_t *)c->next_piece->data;
        c->at_len = c->next_piece->len;
        c->next_piece++;
        c->pieces_left--;
    }
    if (c->at_len >= 64) {
        const uint8_t *block = c->at;
        *run = c->at_len / 64;
        c->at += 64 * *run;
        c->at_len -= 64 * *run;
        return block;
    }
    size_t filled = 0;
    while (filled < 64) {
        if (c->at_len == 0) {
            if (c->pieces_left == 0) break;
            c->at = (const uint8_t *)c->next_piece->data;
            c->at_len = c->next_piece->len;
            c->next_piece++;
            c->pieces_left--;
            continue;
        }
        size_t take = 64 - filled < c->at_len ? 64 - filled : c->at_len;
        memcpy(c->buf + filled, c->at, take);
        filled += take;
        c->at += take;
        c->at_len -= take;
    }
    if (filled == 64) return c->buf;
    /* The data has ended inside this block: pad it (and a second block when the length does not fit). */
    size_t blocks = filled < 56 ? 1 : 2;
    c->buf[filled] = 0x80;
    memset(c->buf + filled + 1, 0, blocks * 64 - 8 - filled - 1);
    uint64_t bits = c->length * 8;
    for (size_t i = 0; i < 8; i++) c->buf[blocks * 64 - 8 + i] = (uint8_t)(bits >> (56 - 8 * i));
    c->stage = blocks == 1 ? 2 : 1;
    return c->buf;
}

/* How one implementation keeps a state: its initial value, count blocks into one state, count
   blocks into each of two (interleaved where it helps), and the state's words in FIPS order. */
typedef struct {
    void (*initial)(uint32_t state[8]);
    void (*compress1)(uint32_t state[8], const uint8_t *blocks, size_t count);
    void (*compress2)(uint32_t a[8], const uint8_t *blocks_a, uint32_t b[8], const uint8_t *blocks_b, size_t count);
    void (*words)(const uint32_t state[8], uint32_t out[8]);
} lane_ops;


static void portable_initial(uint32_t state[8]) { memcpy(state, H0, sizeof H0); }
static void portable_compress1(uint32_t state[8], const uint8_t *blocks, size_t count) { compress_portable(state, blocks, count); }
static void portable_compress2(uint32_t a[8], const uint8_t *blocks_a, uint32_t b[8], const uint8_t *blocks_b, size_t count) {
    compress_portable(a, blocks_a, count);
    compress_portable(b, blocks_b, count);
}
static void portable_words(const uint32_t state[8], uint32_t out[8]) { memcpy(out, state, 32); }

static const lane_ops portable_ops = {portable_initial, portable_compress1, portable_compress2, portable_words};

#if defined(__x86_64__)
/* The SHA-NI layout: words 0-3 are F E B A, words 4-7 are H G D C (ABEF and CDGH, high lane first).
   FIPS word i is at ni_layout[i]. */
static const int ni_layout[8] = {3, 2, 7, 6, 1, 0, 5, 4};
static void ni_initial(uint32_t state[8]) {
    for (int i = 0; i < 8; i++) state[ni_layout[i]] = H0[i];
}
static void ni_words(const uint32_t state[8], uint32_t out[8]) {
    for (int i = 0; i < 8; i++) out[i] = state[ni_layout[i]];
}
static const lane_ops ni_ops = {ni_initial, csha256_compress1_sha_ni_lanes, csha256_compress2_sha_ni_lanes, ni_words};
#endif

/* A lane: the message it is hashing (index, cursor and state), or none; and the blocks the cursor
   gave that are not yet compressed. */
typedef struct {
    size_t message;
    int active;
    block_cursor cursor;
    uint32_t state[8];
    const uint8_t *blocks;
    size_t left;
} lane;

typedef struct {
    const csha256_piece *pieces; /* the pieces of the messages not yet begun */
    const uint32_t *counts;
    size_t next;                 /* the first message not yet begun */
    size_t count;
    uint8_t *digests;
} schedule;

/* Gives the lane the next message not yet begun, if any. */
static void lane_take(lane *l, schedule *s, const lane_ops *ops) {
    l->left = 0;
    l->active = s->next < s->count;
    if (!l->active) return;
    l->message = s->next;
    cursor_start(&l->cursor, s->pieces, s->counts[s->next]);
    s->pieces += s->counts[s->next];
    s->next++;
    ops->initial(l->state);
}

/* Makes l->left the lane's blocks not yet compressed (at l->blocks): of its message, or (when that
   has ended: its digest written) of the next message not yet begun; 0 when there is none. */
static void lane_fill(lane *l, schedule *s, const lane_ops *ops) {
    if (l->left) return;
    while (l->active) {
        l->blocks = cursor_next(&l->cursor, &l->left);
        if (l->blocks) return;
        l->left = 0;
        uint32_t words[8];
        ops->words(l->state, words);
        uint8_t *out = s->digests + 32 * l->message;
        for (int i = 0; i < 8; i++) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
            uint32_t big = __builtin_bswap32(words[i]);
            memcpy(out + 4 * i, &big, 4);
#else
            out[i * 4] = (uint8_t)(words[i] >> 24);
            out[i * 4 + 1] = (uint8_t)(words[i] >> 16);
            out[i * 4 + 2] = (uint8_t)(words[i] >> 8);
            out[i * 4 + 3] = (uint8_t)words[i];
#endif
        }
        lane_take(l, s, ops);
    }
}

/* Two lanes, each taking the next message when its own ends, so blocks are compressed two at a
   time until the last message is the only one left. */
static void hash_many_with(const csha256_piece *pieces, const uint32_t *counts, size_t count, uint8_t *digests, const lane_ops *ops) {
    schedule s = {pieces, counts, 0, count, digests};
    lane a, b;
    lane_take(&a, &s, ops);
    lane_take(&b, &s, ops);
    for (;;) {
        lane_fill(&a, &s, ops);
        lane_fill(&b, &s, ops);
        if (a.left && b.left) {
            size_t k = a.left < b.left ? a.left : b.left;
            ops->compress2(a.state, a.blocks, b.state, b.blocks, k);
            a.blocks += 64 * k;
            a.left -= k;
            b.blocks += 64 * k;
            b.left -= k;
        } else if (a.left) {
            ops->compress1(a.state, a.blocks, a.left);
            a.left = 0;
        } else if (b.left) {
            ops->compress1(b.state, b.blocks, b.left);
            b.left = 0;
        } else {
            break;
        }
    }
}

void csha256_hash_many(const csha256_piece *pieces, const uint32_t *counts, size_t count, uint8_t *digests) {
#if defined(__x86_64__)
    if (chosen_compress() == csha256_compress_sha_ni) {
        hash_many_with(pieces, counts, count, digests, &ni_ops);
        return;
    }
#endif
    csha256_hash_many_portable(pieces, counts, count, digests);
}

void csha256_hash_many_portable(const csha256_piece *pieces, const uint32_t *counts, size_t count, uint8_t *digests) {
    hash_many_with(pieces, counts, count, digests, &portable_ops);
}

void csha256_hash2(const void *a, size_t alen, const void *b, size_t blen, uint8_t out_a[32], uint8_t out_b[32]) {
    const csha256_piece pieces[2] = {{a, alen}, {b, blen}};
    const uint32_t counts[2] = {1, 1};
    uint8_t digests[64];
    csha256_hash_many(pieces, counts, 2, digests);
    memcpy(out_a, digests, 32);
    memcpy(out_b, digests + 32, 32);
}
