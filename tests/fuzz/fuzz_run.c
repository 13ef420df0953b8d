/* fuzz_run.c — libFuzzer target: compile, then run with a small
 * instruction budget (--max-steps), heap limit (--max-heap) and stack limit,
 * the program's output discarded.  A panic, a fatal error, os.Exit or the
 * budget running out end the run normally (the VM's exit hook longjmps back
 * here instead of calling exit); a crash of the VM is a finding.
 *
 * Programs that could wait on the outside world are skipped: imports of
 * "time" (Sleep) and //extern functions (FFI calls into libc). */
#include <setjmp.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compiler/compiler.h"
#include "vm/vm.h"

static jmp_buf exit_jb;

static void exit_hook(void *arg, int status) { longjmp(exit_jb, 1); }

static bool contains(const uint8_t *data, size_t size, const char *s) {
    return memmem(data, size, s, strlen(s)) != NULL;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (contains(data, size, "time") || contains(data, size, "extern"))
        return -1;  /* not added to the corpus */
    FILE *null = fopen("/dev/null", "w");
    CompileOptions o = cmp_default_options();
    o.escape = !(size && data[size - 1] & 1);  /* --escape=off, sometimes */
    Compiler *c = cmp_new(&o);
    struct Module *m = cmp_compile_source(c, "fuzz.go", (const char *)data, size, null);
    if (m) {
        VMOptions vo = vm_default_options();
        vo.max_steps = 200000;
        vo.max_heap = 64 << 20;
        vo.stack_limit = 256 << 10;
        vo.out = vo.err = null;
        vo.exit_hook = exit_hook;
        static char *argv[] = {"fuzz", NULL};
        vo.argc = 1;
        vo.argv = argv;
        struct FfiLibs *libs = vm_bind_externs(m, NULL, 0, null);
        VM *volatile vm = libs ? vm_new(m, &vo) : NULL;
        if (vm && !setjmp(exit_jb)) vm_run(vm);
        vm_free(vm);
        if (libs) vm_unbind_externs(m, libs);
    }
    cmp_free(c);
    fclose(null);
    return 0;
}
