// OpenSSL's libcrypto (Debian's libssl-dev), for RS256 signing only: see Sources/Credentials/OpenSSLRSAKey.swift.
#include <openssl/evp.h>
#include <openssl/x509.h>
#include <openssl/err.h>
