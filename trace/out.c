/* out.c — the tracer's output: a Buf in front of a file descriptor.
 *
 * Invariants: bytes leave the buffer only through write(2), so out_flush is
 * safe in a signal handler (it allocates nothing).  The first failed write
 * prints "gosub: trace: write NAME: REASON" on stderr, sets `failed`, and
 * every later write is dropped: a full disk must not stop the program. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE          /* O_CLOEXEC, ftruncate */
#endif
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "trace/internal.h"

static void fail(Out *o, int err) {
    char msg[512];
    int n = snprintf(msg, sizeof msg, "gosub: trace: write %s: %s\n",
                     o->name, strerror(err));
    o->failed = true;
    if (n > 0) {
        ssize_t w = write(2, msg, (size_t)n < sizeof msg ? (size_t)n
                                                         : sizeof msg - 1);
        (void)w;
    }
}

/* Writes all n bytes or reports why not. */
static bool write_all(Out *o, const char *p, size_t n) {
    while (n > 0 && !o->failed) {
        ssize_t w = write(o->fd, p, n);
        if (w < 0 && errno == EINTR) continue;
        if (w <= 0) {
            fail(o, w < 0 ? errno : EIO);
            return false;
        }
        p += w;
        n -= (size_t)w;
    }
    return !o->failed;
}

/* Only a file we were given or opened may be rewritten (pprof): never
 * stderr, even when it is redirected to a file holding other output. */
static void set_mode(Out *o, const TraceOptions *opt) {
    struct stat st;
    o->seekable = o->fd != 2 && fstat(o->fd, &st) == 0 && S_ISREG(st.st_mode);
    if (opt->line_buffered < 0) o->line_buffered = isatty(o->fd);
    else o->line_buffered = opt->line_buffered > 0;
    o->threshold = opt->flush_bytes ? opt->flush_bytes : 64 * 1024;
}

bool out_open(Out *o, const TraceOptions *opt, char *err, size_t errlen) {
    memset(o, 0, sizeof *o);
    if (opt->fd > 0) {
        o->fd = opt->fd;
        o->name = opt->path ? opt->path : "output";
    } else if (!opt->path || !strcmp(opt->path, "-")) {
        o->fd = 2;
        o->name = "stderr";
    } else {
        o->fd = open(opt->path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
        if (o->fd < 0) {
            snprintf(err, errlen, "gosub: trace: open %s: %s", opt->path,
                     strerror(errno));
            return false;
        }
        o->owned = true;
        o->name = opt->path;
    }
    set_mode(o, opt);
    return true;
}

void out_flush(Out *o) {
    if (o->buf.len == 0) return;
    if (!o->failed) write_all(o, o->buf.data, o->buf.len);
    buf_clear(&o->buf);
}

bool out_rewrite(Out *o, const char *p, size_t n) {
    if (o->failed || !o->seekable) return false;
    if (lseek(o->fd, 0, SEEK_SET) < 0 || ftruncate(o->fd, 0) < 0) {
        fail(o, errno);
        return false;
    }
    return write_all(o, p, n);
}

void out_close(Out *o) {
    out_flush(o);
    if (o->owned && o->fd >= 0) {
        if (close(o->fd) < 0 && !o->failed) fail(o, errno);
    }
    o->owned = false;
    o->fd = -1;
    buf_free(&o->buf);
}
