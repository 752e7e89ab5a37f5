/* The inflate floor: zip_fread every entry of an archive to nowhere, 64 KiB at a time
   (libzip 1.7.3, as the toolkit's reader uses it). Prints the inflated byte count.
   gcc -O2 -o inflate_floor inflate_floor.c -lzip */
#include <stdio.h>
#include <zip.h>

int main(int argc, char **argv) {
    if (argc != 2) { fprintf(stderr, "usage: inflate_floor FILE.xlsx\n"); return 2; }
    int err = 0;
    zip_t *za = zip_open(argv[1], ZIP_RDONLY, &err);
    if (!za) { fprintf(stderr, "cannot open %s (%d)\n", argv[1], err); return 2; }
    static char buf[1 << 16];
    long long total = 0;
    zip_int64_t n = zip_get_num_entries(za, 0);
    for (zip_int64_t i = 0; i < n; i++) {
        zip_file_t *zf = zip_fopen_index(za, (zip_uint64_t)i, 0);
        if (!zf) continue;
        zip_int64_t got;
        while ((got = zip_fread(zf, buf, sizeof buf)) > 0) total += got;
        zip_fclose(zf);
    }
    zip_discard(za);
    printf("%lld\n", total);
    return 0;
}
