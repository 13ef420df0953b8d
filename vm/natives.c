/* natives.c — the table of every native of the standard library: the Go
 * name a bodyless function in stdlib/ has ("strings.Index", methods as
 * "time.Duration.String" or "strings.(*Builder).String", nested packages by
 * their import path: "unicode/utf8.RuneCount") and its C implementation.
 * One X-macro list gives both the prototypes and the table. */
#include <stddef.h>

#include "vm/native.h"

#define NATIVES(X)                                                          \
    /* fmt (rt_fmt.c) */                                                    \
    X("fmt.Print", nat_fmt_Print)                                           \
    X("fmt.Println", nat_fmt_Println)                                       \
    X("fmt.Printf", nat_fmt_Printf)                                         \
    X("fmt.Sprint", nat_fmt_Sprint)                                         \
    X("fmt.Sprintln", nat_fmt_Sprintln)                                     \
    X("fmt.Sprintf", nat_fmt_Sprintf)                                       \
    X("fmt.fprint", nat_fmt_fprint)                                         \
    X("fmt.fprintln", nat_fmt_fprintln)                                     \
    X("fmt.fprintf", nat_fmt_fprintf)                                       \
    X("fmt.errorf", nat_fmt_errorf)                                         \
    /* strconv (rt_strconv.c) */                                            \
    X("strconv.parseUint", nat_strconv_parseUint)                           \
    X("strconv.parseInt", nat_strconv_parseInt)                             \
    X("strconv.parseFloat", nat_strconv_parseFloat)                         \
    X("strconv.FormatInt", nat_strconv_FormatInt)                           \
    X("strconv.FormatUint", nat_strconv_FormatUint)                         \
    X("strconv.formatBits", nat_strconv_formatBits)                         \
    X("strconv.appendFloat", nat_strconv_appendFloat)                       \
    X("strconv.appendQuoted", nat_strconv_appendQuoted)                     \
    X("strconv.appendQuotedRune", nat_strconv_appendQuotedRune)             \
    X("strconv.CanBackquote", nat_strconv_CanBackquote)                     \
    X("strconv.IsPrint", nat_strconv_IsPrint)                               \
    X("strconv.IsGraphic", nat_strconv_IsGraphic)                           \
    X("strconv.unquote", nat_strconv_unquote)                               \
    /* strings, unicode/utf8 (rt_strings.c) */                              \
    X("strings.Index", nat_strings_Index)                                   \
    X("strings.LastIndex", nat_strings_LastIndex)                           \
    X("strings.IndexByte", nat_strings_IndexByte)                           \
    X("strings.Count", nat_strings_Count)                                   \
    X("strings.Compare", nat_strings_Compare)                               \
    X("strings.Repeat", nat_strings_Repeat)                                 \
    X("strings.Join", nat_strings_Join)                                     \
    X("strings.ToUpper", nat_strings_ToUpper)                               \
    X("strings.ToLower", nat_strings_ToLower)                               \
    X("strings.ToTitle", nat_strings_ToTitle)                               \
    X("strings.EqualFold", nat_strings_EqualFold)                           \
    X("strings.bytesToString", nat_strings_bytesToString)                   \
    X("unicode/utf8.RuneCountInString", nat_utf8_RuneCountInString)         \
    X("unicode/utf8.RuneCount", nat_utf8_RuneCount)                         \
    X("unicode/utf8.DecodeRuneInString", nat_utf8_DecodeRuneInString)       \
    X("unicode/utf8.DecodeRune", nat_utf8_DecodeRune)                       \
    X("unicode/utf8.DecodeLastRuneInString", nat_utf8_DecodeLastRuneInString) \
    X("unicode/utf8.DecodeLastRune", nat_utf8_DecodeLastRune)               \
    X("unicode/utf8.ValidString", nat_utf8_ValidString)                     \
    X("unicode/utf8.Valid", nat_utf8_Valid)                                 \
    X("unicode/utf8.EncodeRune", nat_utf8_EncodeRune)                       \
    /* math (rt_math.c, rt_gomath.c) */                                     \
    X("math.Sqrt", nat_math_Sqrt)                                           \
    X("math.Floor", nat_math_Floor)                                         \
    X("math.Ceil", nat_math_Ceil)                                           \
    X("math.Trunc", nat_math_Trunc)                                         \
    X("math.Round", nat_math_Round)                                         \
    X("math.RoundToEven", nat_math_RoundToEven)                             \
    X("math.Exp", nat_math_Exp)                                             \
    X("math.Exp2", nat_math_Exp2)                                           \
    X("math.Expm1", nat_math_Expm1)                                         \
    X("math.Log", nat_math_Log)                                             \
    X("math.Log2", nat_math_Log2)                                           \
    X("math.Log10", nat_math_Log10)                                         \
    X("math.Log1p", nat_math_Log1p)                                         \
    X("math.Sin", nat_math_Sin)                                             \
    X("math.Cos", nat_math_Cos)                                             \
    X("math.Tan", nat_math_Tan)                                             \
    X("math.Asin", nat_math_Asin)                                           \
    X("math.Acos", nat_math_Acos)                                           \
    X("math.Atan", nat_math_Atan)                                           \
    X("math.Sinh", nat_math_Sinh)                                           \
    X("math.Cosh", nat_math_Cosh)                                           \
    X("math.Tanh", nat_math_Tanh)                                           \
    X("math.Asinh", nat_math_Asinh)                                         \
    X("math.Acosh", nat_math_Acosh)                                         \
    X("math.Atanh", nat_math_Atanh)                                         \
    X("math.Cbrt", nat_math_Cbrt)                                           \
    X("math.Gamma", nat_math_Gamma)                                         \
    X("math.Erf", nat_math_Erf)                                             \
    X("math.Erfc", nat_math_Erfc)                                           \
    X("math.Pow", nat_math_Pow)                                             \
    X("math.Atan2", nat_math_Atan2)                                         \
    X("math.Hypot", nat_math_Hypot)                                         \
    X("math.Mod", nat_math_Mod)                                             \
    X("math.Remainder", nat_math_Remainder)                                 \
    X("math.Float64bits", nat_math_Float64bits)                             \
    X("math.Float64frombits", nat_math_Float64frombits)                     \
    X("math.Float32bits", nat_math_Float32bits)                             \
    X("math.Float32frombits", nat_math_Float32frombits)                     \
    X("math.Frexp", nat_math_Frexp)                                         \
    X("math.Ldexp", nat_math_Ldexp)                                         \
    X("math.Modf", nat_math_Modf)                                           \
    X("math.fma", nat_math_fma)                                             \
    /* os, time, runtime, runtime/debug, sync, errors, unicode, sort       \
     * (rt_lib.c) */                                                        \
    X("os.Exit", nat_os_Exit)                                               \
    X("os.runtime_args", nat_os_runtime_args)                               \
    X("os.write", nat_os_write)                                             \
    X("os.writeString", nat_os_writeString)                                 \
    X("os.getenv", nat_os_getenv)                                           \
    X("time.now", nat_time_now)                                             \
    X("time.Sleep", nat_time_Sleep)                                         \
    X("time.Duration.String", nat_time_Duration_String)                     \
    X("runtime.GC", nat_runtime_GC)                                         \
    X("runtime.Gosched", nat_runtime_Gosched)                               \
    X("runtime.NumGoroutine", nat_runtime_NumGoroutine)                     \
    X("runtime.NumCPU", nat_runtime_NumCPU)                                 \
    X("runtime.ReadMemStats", nat_runtime_ReadMemStats)                     \
    X("runtime/debug.SetGCPercent", nat_debug_SetGCPercent)                 \
    X("runtime/debug.SetMaxStack", nat_debug_SetMaxStack)                   \
    X("sync.yield", nat_sync_yield)                                         \
    X("sync.lockOrPark", nat_sync_lockOrPark)                               \
    X("sync.unlockAndWake", nat_sync_unlockAndWake)                         \
    X("sync.zeroOrPark", nat_sync_zeroOrPark)                               \
    X("sync.wake", nat_sync_wake)                                           \
    X("sync.cas", nat_sync_cas)                                             \
    X("sync.add", nat_sync_add)                                             \
    X("sync.fatal", nat_sync_fatal)                                         \
    /* sync/atomic (rt_lib.c) */                                            \
    X("sync/atomic.AddInt32", nat_atomic_AddInt32)                          \
    X("sync/atomic.LoadInt32", nat_atomic_LoadInt32)                        \
    X("sync/atomic.StoreInt32", nat_atomic_StoreInt32)                      \
    X("sync/atomic.SwapInt32", nat_atomic_SwapInt32)                        \
    X("sync/atomic.CompareAndSwapInt32", nat_atomic_CompareAndSwapInt32)    \
    X("sync/atomic.AddInt64", nat_atomic_AddInt64)                          \
    X("sync/atomic.LoadInt64", nat_atomic_LoadInt64)                        \
    X("sync/atomic.StoreInt64", nat_atomic_StoreInt64)                      \
    X("sync/atomic.SwapInt64", nat_atomic_SwapInt64)                        \
    X("sync/atomic.CompareAndSwapInt64", nat_atomic_CompareAndSwapInt64)    \
    X("sync/atomic.AddUint32", nat_atomic_AddUint32)                        \
    X("sync/atomic.LoadUint32", nat_atomic_LoadUint32)                      \
    X("sync/atomic.StoreUint32", nat_atomic_StoreUint32)                    \
    X("sync/atomic.SwapUint32", nat_atomic_SwapUint32)                      \
    X("sync/atomic.CompareAndSwapUint32", nat_atomic_CompareAndSwapUint32)  \
    X("sync/atomic.AddUint64", nat_atomic_AddUint64)                        \
    X("sync/atomic.LoadUint64", nat_atomic_LoadUint64)                      \
    X("sync/atomic.StoreUint64", nat_atomic_StoreUint64)                    \
    X("sync/atomic.SwapUint64", nat_atomic_SwapUint64)                      \
    X("sync/atomic.CompareAndSwapUint64", nat_atomic_CompareAndSwapUint64)  \
    X("errors.comparable", nat_errors_comparable)                           \
    X("errors.targetKind", nat_errors_targetKind)                           \
    X("errors.assignTo", nat_errors_assignTo)                               \
    X("unicode.IsLetter", nat_unicode_IsLetter)                             \
    X("unicode.IsDigit", nat_unicode_IsDigit)                               \
    X("unicode.IsNumber", nat_unicode_IsNumber)                             \
    X("unicode.IsUpper", nat_unicode_IsUpper)                               \
    X("unicode.IsLower", nat_unicode_IsLower)                               \
    X("unicode.IsTitle", nat_unicode_IsTitle)                               \
    X("unicode.IsMark", nat_unicode_IsMark)                                 \
    X("unicode.IsPunct", nat_unicode_IsPunct)                               \
    X("unicode.IsSymbol", nat_unicode_IsSymbol)                             \
    X("unicode.IsControl", nat_unicode_IsControl)                           \
    X("unicode.IsSpace", nat_unicode_IsSpace)                               \
    X("unicode.IsPrint", nat_unicode_IsPrint)                               \
    X("unicode.IsGraphic", nat_unicode_IsGraphic)                           \
    X("unicode.ToUpper", nat_unicode_ToUpper)                               \
    X("unicode.ToLower", nat_unicode_ToLower)                               \
    X("unicode.ToTitle", nat_unicode_ToTitle)                               \
    X("unicode.SimpleFold", nat_unicode_SimpleFold)                         \
    X("unicode.inTable", nat_unicode_inTable)                               \
    X("sort.sliceLen", nat_sort_sliceLen)                                   \
    X("sort.sliceSwap", nat_sort_sliceSwap)                                 \
    X("sort.sortInts", nat_sort_sortInts)                                   \
    X("sort.sortFloat64s", nat_sort_sortFloat64s)                           \
    X("sort.sortStrings", nat_sort_sortStrings)

/* Leaves (NativeEntry.leaf): natives that cannot panic, call Go or block,
 * called in inner loops, where a setjmp per call shows.  Only add one after
 * reading every path of its C code (a leaf that panics aborts the VM). */
#define LEAF_NATIVES(X)                                                     \
    X("strconv.Itoa", nat_strconv_Itoa)

#define DECLARE(name, fn) void fn(NativeCtx *ctx, uint64_t *res, uint64_t *args);
NATIVES(DECLARE)
LEAF_NATIVES(DECLARE)

#define ENTRY(name, fn) {name, fn, false},
#define LEAF_ENTRY(name, fn) {name, fn, true},
const NativeEntry vm_natives[] = {NATIVES(ENTRY) LEAF_NATIVES(LEAF_ENTRY){NULL, NULL, false}};
