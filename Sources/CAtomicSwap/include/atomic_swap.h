#ifndef HUBSITE_ATOMIC_SWAP_H
#define HUBSITE_ATOMIC_SWAP_H
/// Atomically exchanges two paths (Linux renameat2 with RENAME_EXCHANGE).
/// Returns 0 on success, -1 where the system cannot (then errno says why).
int hubsite_exchange_paths(const char *a, const char *b);

/// Removes a file or a folder and everything in it, depth first, never following links
/// (nftw with FTW_DEPTH | FTW_PHYS). Returns 0 when everything was removed.
int hubsite_remove_tree(const char *path);
#endif
