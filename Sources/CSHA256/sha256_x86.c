// SHA-256 compression with the Intel SHA extensions (SHA-NI), selected at runtime via cpuid.
#include "sha256_internal.h"

#if defined(__x86_64__)

#include <cpuid.h>
#include <immintrin.h>
#include <stdatomic.h>

/* -1 not yet probed, 0 absent, 1 present. Racing first callers store the same value. */
static _Atomic int sha_ni_state = -1;

int csha256_cpu_has_sha_ni(void) {
    int cached = atomic_load_explicit(&sha_ni_state, memory_order_relaxed);
    if (cached >= 0) return cached;
    unsigned int eax, ebx, ecx, edx;
    int present = 0;
    if (__get_cpuid(1, &eax, &ebx, &ecx, &edx)) {
        int ssse3 = (ecx >> 9) & 1;
        int sse41 = (ecx >> 19) & 1;
        if (ssse3 && sse41 && __get_cpuid_max(0, NULL) >= 7 &&
            __get_cpuid_count(7, 0, &eax, &ebx, &ecx, &edx)) {
            present = (int)((ebx >> 29) & 1);
        }
    }
    atomic_store_explicit(&sha_ni_state, present, memory_order_relaxed);
    return present;
}

/* Four rounds on a named lane's registers (X ## abef, X ## cdgh): adds the round constants to
   message words W (in big-endian word order) and runs two sha256rnds2 (each does two rounds; the
   second takes the upper two words). */
#define LANE_ROUNDS4(X, W, k)                                                  \
    do {                                                                       \
        __m128i m_ = _mm_add_epi32((W), _mm_loadu_si128((const __m128i *)(k))); \
        X##cdgh = _mm_sha256rnds2_epu32(X##cdgh, X##abef, m_);                 \
        m_ = _mm_shuffle_epi32(m_, 0x0E);                                      \
        X##abef = _mm_sha256rnds2_epu32(X##abef, X##cdgh, m_);                 \
    } while (0)

/* The next four schedule words replace W0, from the previous sixteen: W0 oldest, W3 newest.
   W[t] = σ1(W[t-2]) + W[t-7] + σ0(W[t-15]) + W[t-16]. */
#define SCHEDULE(W0, W1, W2, W3)                                               \
    (W0) = _mm_sha256msg2_epu32(                                               \
        _mm_add_epi32(_mm_sha256msg1_epu32((W0), (W1)), _mm_alignr_epi8((W3), (W2), 4)), (W3))

/* A block's sixteen message words, byte-swapped into native order, in X ## w0 … X ## w3. */
#define LANE_LOAD(X, block)                                                    \
    __m128i X##w0 = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)((block) + 0)), bswap);  \
    __m128i X##w1 = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)((block) + 16)), bswap); \
    __m128i X##w2 = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)((block) + 32)), bswap); \
    __m128i X##w3 = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)((block) + 48)), bswap)

/* count blocks into one state held as ABEF and CDGH (high lane to low lane), the layout the
   instructions want: the one single-lane loop, for csha256_compress_sha_ni (which converts from
   and to FIPS order around it) and csha256_compress1_sha_ni_lanes (whose states stay in it). */
__attribute__((target("sha,sse4.1,ssse3"), always_inline))
static inline void compress1_abef(__m128i *abef, __m128i *cdgh, const uint8_t *block, size_t count) {
    /* Byte shuffle turning each big-endian 32-bit word into a native one. */
    const __m128i bswap = _mm_set_epi64x(0x0c0d0e0f08090a0bLL, 0x0405060700010203LL);
    __m128i Aabef = *abef, Acdgh = *cdgh;
    for (; count; count--, block += 64) {
        const __m128i Aabef_saved = Aabef, Acdgh_saved = Acdgh;
        LANE_LOAD(A, block);
        LANE_ROUNDS4(A, Aw0, &csha256_K[0]);
        LANE_ROUNDS4(A, Aw1, &csha256_K[4]);
        LANE_ROUNDS4(A, Aw2, &csha256_K[8]);
        LANE_ROUNDS4(A, Aw3, &csha256_K[12]);
        for (int i = 16; i < 64; i += 16) {
            SCHEDULE(Aw0, Aw1, Aw2, Aw3); LANE_ROUNDS4(A, Aw0, &csha256_K[i]);
            SCHEDULE(Aw1, Aw2, Aw3, Aw0); LANE_ROUNDS4(A, Aw1, &csha256_K[i + 4]);
            SCHEDULE(Aw2, Aw3, Aw0, Aw1); LANE_ROUNDS4(A, Aw2, &csha256_K[i + 8]);
            SCHEDULE(Aw3, Aw0, Aw1, Aw2); LANE_ROUNDS4(A, Aw3, &csha256_K[i + 12]);
        }
        Aabef = _mm_add_epi32(Aabef, Aabef_saved);
        Acdgh = _mm_add_epi32(Acdgh, Acdgh_saved);
    }
    *abef = Aabef;
    *cdgh = Acdgh;
}

__attribute__((target("sha,sse4.1,ssse3")))
void csha256_compress_sha_ni(uint32_t state[8], const uint8_t *blocks, size_t count) {
    /* From FIPS order (DCBA, HGFE) to ABEF and CDGH. */
    __m128i dcba = _mm_loadu_si128((const __m128i *)&state[0]);
    __m128i hgfe = _mm_loadu_si128((const __m128i *)&state[4]);
    __m128i cdab = _mm_shuffle_epi32(dcba, 0xB1);
    __m128i efgh = _mm_shuffle_epi32(hgfe, 0x1B);
    __m128i abef = _mm_alignr_epi8(cdab, efgh, 8);
    __m128i cdgh = _mm_blend_epi16(efgh, cdab, 0xF0);

    compress1_abef(&abef, &cdgh, blocks, count);

    /* Back from ABEF/CDGH to DCBA/HGFE. */
    __m128i feba = _mm_shuffle_epi32(abef, 0x1B);
    __m128i dchg = _mm_shuffle_epi32(cdgh, 0xB1);
    dcba = _mm_blend_epi16(feba, dchg, 0xF0);
    hgfe = _mm_alignr_epi8(dchg, feba, 8);
    _mm_storeu_si128((__m128i *)&state[0], dcba);
    _mm_storeu_si128((__m128i *)&state[4], hgfe);
}

/* Two lanes' count blocks each, their instructions interleaved: sha256rnds2 has a long latency but a short
   throughput, so the second lane's rounds run in the gaps of the first's dependency chain. The
   states stay in the layout the instructions want: ABEF in words 0-3, CDGH in words 4-7. */
__attribute__((target("sha,sse4.1,ssse3")))
void csha256_compress2_sha_ni_lanes(uint32_t a[8], const uint8_t *block_a, uint32_t b[8], const uint8_t *block_b, size_t count) {
    const __m128i bswap = _mm_set_epi64x(0x0c0d0e0f08090a0bLL, 0x0405060700010203LL);
    __m128i Aabef = _mm_loadu_si128((const __m128i *)&a[0]), Acdgh = _mm_loadu_si128((const __m128i *)&a[4]);
    __m128i Babef = _mm_loadu_si128((const __m128i *)&b[0]), Bcdgh = _mm_loadu_si128((const __m128i *)&b[4]);
    for (; count; count--, block_a += 64, block_b += 64) {
        const __m128i Aabef_saved = Aabef, Acdgh_saved = Acdgh, Babef_saved = Babef, Bcdgh_saved = Bcdgh;
        LANE_LOAD(A, block_a);
        LANE_LOAD(B, block_b);
        LANE_ROUNDS4(A, Aw0, &csha256_K[0]);  LANE_ROUNDS4(B, Bw0, &csha256_K[0]);
        LANE_ROUNDS4(A, Aw1, &csha256_K[4]);  LANE_ROUNDS4(B, Bw1, &csha256_K[4]);
        LANE_ROUNDS4(A, Aw2, &csha256_K[8]);  LANE_ROUNDS4(B, Bw2, &csha256_K[8]);
        LANE_ROUNDS4(A, Aw3, &csha256_K[12]); LANE_ROUNDS4(B, Bw3, &csha256_K[12]);
        for (int i = 16; i < 64; i += 16) {
            SCHEDULE(Aw0, Aw1, Aw2, Aw3); SCHEDULE(Bw0, Bw1, Bw2, Bw3);
            LANE_ROUNDS4(A, Aw0, &csha256_K[i]); LANE_ROUNDS4(B, Bw0, &csha256_K[i]);
            SCHEDULE(Aw1, Aw2, Aw3, Aw0); SCHEDULE(Bw1, Bw2, Bw3, Bw0);
            LANE_ROUNDS4(A, Aw1, &csha256_K[i + 4]); LANE_ROUNDS4(B, Bw1, &csha256_K[i + 4]);
            SCHEDULE(Aw2, Aw3, Aw0, Aw1); SCHEDULE(Bw2, Bw3, Bw0, Bw1);
            LANE_ROUNDS4(A, Aw2, &csha256_K[i + 8]); LANE_ROUNDS4(B, Bw2, &csha256_K[i + 8]);
            SCHEDULE(Aw3, Aw0, Aw1, Aw2); SCHEDULE(Bw3, Bw0, Bw1, Bw2);
            LANE_ROUNDS4(A, Aw3, &csha256_K[i + 12]); LANE_ROUNDS4(B, Bw3, &csha256_K[i + 12]);
        }
        Aabef = _mm_add_epi32(Aabef, Aabef_saved);
        Acdgh = _mm_add_epi32(Acdgh, Acdgh_saved);
        Babef = _mm_add_epi32(Babef, Babef_saved);
        Bcdgh = _mm_add_epi32(Bcdgh, Bcdgh_saved);
    }
    _mm_storeu_si128((__m128i *)&a[0], Aabef);
    _mm_storeu_si128((__m128i *)&a[4], Acdgh);
    _mm_storeu_si128((__m128i *)&b[0], Babef);
    _mm_storeu_si128((__m128i *)&b[4], Bcdgh);
}

/* One lane's count blocks, the state in the same layout as above. */
__attribute__((target("sha,sse4.1,ssse3")))
void csha256_compress1_sha_ni_lanes(uint32_t state[8], const uint8_t *block, size_t count) {
    __m128i abef = _mm_loadu_si128((const __m128i *)&state[0]), cdgh = _mm_loadu_si128((const __m128i *)&state[4]);
    compress1_abef(&abef, &cdgh, block, count);
    _mm_storeu_si128((__m128i *)&state[0], abef);
    _mm_storeu_si128((__m128i *)&state[4], cdgh);
}

#else

/* ISO C forbids an empty translation unit. */
typedef int csha256_x86_unused;

#endif
