#include <curl/curl.h>

// curl_easy_setopt and curl_easy_getinfo are variadic, which Swift cannot call: one typed
// wrapper for each kind of value hubsite sets or reads.

typedef size_t (*hubsite_curl_callback)(char *buffer, size_t size, size_t count, void *context);

static inline CURLcode hubsite_curl_set_long(CURL *handle, CURLoption option, long value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode hubsite_curl_set_string(CURL *handle, CURLoption option, const char *value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode hubsite_curl_set_pointer(CURL *handle, CURLoption option, void *value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode hubsite_curl_set_callback(CURL *handle, CURLoption option, hubsite_curl_callback value) {
    return curl_easy_setopt(handle, option, value);
}
