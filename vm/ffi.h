/* ffi.h — foreign functions: gccgo's `//extern NAME` declarations bound to C
 * symbols with dlsym and called through libffi.
 *
 * Who uses what:
 *   checker   ffi_check_sig on every bodiless N_FUNCDECL with extern_name,
 *             and reports `why` at the declaration (Go's wording, no
 *             position: the checker adds FILE:LINE:COL).
 *   driver    ffi_libs_open once per --ffi-lib=LIB, in order; then, before
 *             the program starts, ffi_bind for every extern function of the
 *             module; an error is printed `FILE:LINE:COL: <err>`, exit 1.
 *   VM        ffi_invoke(fn, res, args) for an extern call, with the same
 *             slot arrays a native gets (vm/native.h).
 *
 * Type mapping (Go parameter/result → C type → libffi type):
 *   int8 int16 int32 int64    int8_t .. int64_t      ffi_type_sintN
 *   uint8 uint16 uint32 uint64  uint8_t .. uint64_t  ffi_type_uintN
 *   int / uint                int64_t / uint64_t (C long on LP64, NOT C int)
 *   uintptr                   uintptr_t (size_t)     ffi_type_uint64
 *   float32 / float64         float / double
 *   bool                      _Bool (as gccgo)       ffi_type_uint8
 *   *T (and unsafe.Pointer)   T* / void*             ffi_type_pointer
 *   no result                 void
 * Every allowed type takes exactly one 8-byte slot.  Anything else is
 * rejected by ffi_check_type: string, slice, array or struct by value,
 * interface, map, chan, func; variadic and multi-result signatures are
 * rejected by ffi_check_sig.  Variadic C functions (printf, open with a
 * mode) cannot be declared: a fixed-arity Go declaration would call them
 * with the wrong convention on some ABIs.
 *
 * Slot convention (types.h): integers sign/zero-extended to 64 bits, bool
 * 0/1, float32 a C float in the low 4 bytes, float64 a double.  Results are
 * written back the same way: a C int8_t -1 becomes the slot 0xffff...ff, a
 * uint8_t 255 becomes 0x00..ff, a _Bool any-nonzero becomes 1, a float's
 * upper 4 bytes are 0.
 *
 * Invariants: a FfiFunc's call interface is prepared once, at bind time;
 * ffi_invoke allocates nothing and never fails.  Pointers passed to C are
 * valid only during the call (the heap never moves; a C function that keeps
 * one must be given memory the Go program keeps alive).  A C function that
 * calls back into Go is out of scope.  No global state: each FfiLibs owns its
 * dlopen handles. */
#ifndef GOSUB_FFI_H
#define GOSUB_FFI_H

#include <stdbool.h>
#include <stdint.h>

#include "compiler/types.h"

/* Largest number of parameters an extern function may have. */
#define FFI_MAX_ARGS 32

/* ---- libraries from --ffi-lib ---- */
typedef struct FfiLibs FfiLibs;

FfiLibs *ffi_libs_new(void);
/* dlopen(name) (RTLD_NOW | RTLD_LOCAL); a name with a '/' is a path, any
 * other ("libm.so.6") is searched as the dynamic linker searches.  On
 * failure returns false and sets *err (malloc'd, caller frees) to
 * `cannot load library "NAME": <dlerror() text>`. */
bool ffi_libs_open(FfiLibs *libs, const char *name, char **err);
int ffi_libs_count(const FfiLibs *libs);
void ffi_libs_free(FfiLibs *libs);   /* dlclose all; NULL is fine */

/* ---- type checking (for the checker) ---- */

/* true if a parameter or result of type t can cross to C.  Otherwise
 * false and *why is a static message in Go's compiler style, e.g.
 *   cannot use string in //extern function: pass a *byte to a NUL-terminated []byte
 * (the full list is in ffi.c, table `rejections`). */
bool ffi_check_type(const Type *t, const char **why);
/* Whole signature: every parameter, at most one result, not variadic, at
 * most FFI_MAX_ARGS parameters.  On failure *why as above and *bad_param is
 * the index of the offending parameter, or -1 when the result or the shape
 * of the signature is at fault (bad_param may be NULL). */
bool ffi_check_sig(const Type *sig, int *bad_param, const char **why);

/* ---- binding and calling ---- */
typedef struct FfiFunc FfiFunc;

/* Looks `symbol` up in the process (RTLD_DEFAULT), then in each library in
 * the order opened (libs may be NULL), checks sig (TY_FUNC) and prepares the
 * call interface.  On failure returns NULL and sets *err (malloc'd):
 * `extern symbol "NAME" not found`, or a type message from ffi_check_sig. */
FfiFunc *ffi_bind(FfiLibs *libs, const char *symbol, const Type *sig,
                  char **err);
/* The same for a function whose address is already known (tests, and any C
 * function the VM wants to expose through the extern path). */
FfiFunc *ffi_bind_addr(void (*fn)(void), const char *symbol, const Type *sig,
                       char **err);
void ffi_func_free(FfiFunc *f);
const char *ffi_func_symbol(const FfiFunc *f);
int ffi_func_nargs(const FfiFunc *f);
bool ffi_func_has_result(const FfiFunc *f);

/* Calls f: args[i] is parameter i's slot, *res receives the result slot
 * (untouched when there is no result; res may then be NULL).  On x86-64 a
 * signature whose arguments all fit in registers is called directly,
 * without libffi (ffi.c, "direct calls"); the rest through ffi_call. */
void ffi_invoke(FfiFunc *f, uint64_t *res, uint64_t *args);
/* Whether f is called directly; ffi_func_use_libffi makes every call of f
 * go through ffi_call (tests compare the two paths). */
bool ffi_func_is_direct(const FfiFunc *f);
void ffi_func_use_libffi(FfiFunc *f);

#endif
