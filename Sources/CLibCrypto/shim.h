// OpenSSL 3's libcrypto, as the operating system installs it (Debian: libssl-dev), found with
// pkg-config's `libcrypto`. Only LedgerSigning imports this module.
#ifndef CLIBCRYPTO_SHIM_H
#define CLIBCRYPTO_SHIM_H

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/err.h>
#include <openssl/crypto.h>

#endif
