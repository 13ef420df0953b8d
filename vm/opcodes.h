/* opcodes.h — the instruction set: ONE X-macro list from which the enum, the
 * names, the operand formats (disassembler, verifier) are generated.
 *
 * Instruction format (32 bytes, fixed width):
 *
 *   +--------+--------+--------+--------+--------+--------+--------+---------------+
 *   | op:u16 | pad:16 |  a:i32 |  b:i32 |  c:i32 |  d:i32 | jump   | handler:ptr   |
 *   +--------+--------+--------+--------+--------+--------+--------+---------------+
 *
 * `handler` is the address of op's code in the dispatch loop (direct
 * threading): codegen leaves it NULL, the VM fills it in for every
 * instruction of a module when it loads it (vm_new -> vm_thread_code), so
 * dispatching is one indirect jump through the instruction; `jump` is then
 * the byte offset from the instruction to the target of its 'j' operand, so
 * a taken branch is one add.  `op` and the operands stay the truth for
 * everything else (disassembler, verifier, codegen's peepholes).
 *
 * Registers are 8-byte slots of the current frame: R[i] = fp[i].  Operands
 * are 32-bit so frames may exceed 65536 slots (Go keeps variables up to
 * 10 MiB on the stack).  The VM has no run-time type tags: every instruction
 * is typed (ADD is a 64-bit integer add; codegen truncates narrower integer
 * types with SEXT/ZEXT afterwards, which is exactly Go's wrap-around).
 *
 * Operand kinds in the format strings (one letter per operand a b c d):
 *   r  register slot            i  immediate (int32)
 *   k  constant index (64-bit)  s  string constant index
 *   j  jump target (instr idx)  f  function index
 *   t  type index               S  allocation site index
 *   n  native index             g  globals byte offset
 *   c  inline cache index       -  unused
 * Memory ops take a base register and an immediate byte offset; a nil base
 * raises Go's nil-dereference panic.  Slot aggregates (string 2 slots,
 * slice 3, interface 2, struct/array ceil(size/8)) are laid out in slots
 * exactly as in memory, so MOVN/LDN/STN copy them.
 *
 * Calls: the caller evaluates arguments into consecutive registers starting
 * at `base`; the callee's frame is pushed above the caller's whole frame and
 * the arguments are copied into its slots 0..; RET copies the results back
 * into the caller's R[base..].  No heap allocation per call.
 *
 * Allocation opcodes carry a site index (Module.sites): the site says the
 * region (stack: a frame offset reserved by codegen; heap: gc_alloc), the
 * type and the source position, so the tracer can hook them.
 */
#ifndef GOSUB_OPCODES_H
#define GOSUB_OPCODES_H

#include <stdint.h>

/*      name        format  formula */
#define VM_OPCODES(X)                                                        \
    X(NOP,        "----", "no operation")                                    \
    X(MOV,        "rr--", "R[a] := R[b]")                                    \
    X(MOV2,       "rrrr", "R[a] := R[b]; then R[c] := R[d]")                 \
    X(MOVN,       "rri-", "R[a..a+c) := R[b..b+c)")                          \
    X(LOADI,      "ri--", "R[a] := (int64)b")                                \
    X(LOADK,      "rk--", "R[a] := K[b]")                                    \
    X(LOADSTR,    "rs--", "R[a],R[a+1] := string constant b (ptr, len)")     \
    X(ZERO,       "ri--", "R[a..a+b) := 0")                                  \
    X(FUNCVAL,    "rf--", "R[a] := static closure of function b")            \
    X(LOADTYPE,   "rt--", "R[a] := &types[b]")                               \
    X(ADDRL,      "ri--", "R[a] := (char*)fp + b")                           \
    X(ADDRG,      "rg--", "R[a] := (char*)globals + b")                      \
    X(GETCTX,     "r---", "R[a] := current closure object")                  \
    /* integer arithmetic, 64-bit wrap-around */                             \
    X(ADD,        "rrr-", "R[a] := R[b] + R[c]")                             \
    X(SUB,        "rrr-", "R[a] := R[b] - R[c]")                             \
    X(MUL,        "rrr-", "R[a] := R[b] * R[c]")                             \
    X(ADDM,       "rrri", "R[a] := R[b] + *(int64*)(R[c]+d)")                \
    X(SUBM,       "rrri", "R[a] := R[b] - *(int64*)(R[c]+d)")                \
    X(MULM,       "rrri", "R[a] := R[b] * *(int64*)(R[c]+d)")                \
    X(ADDTO,      "rir-", "*(int64*)(R[a]+b) += R[c]")                       \
    X(SUBTO,      "rir-", "*(int64*)(R[a]+b) -= R[c]")                       \
    X(ADDK,       "rri-", "R[a] := R[b] + c")                                \
    X(MULK,       "rri-", "R[a] := R[b] * c")                                \
    X(ANDK,       "rri-", "R[a] := R[b] & c")                                \
    X(ORK,        "rri-", "R[a] := R[b] | c")                                \
    X(XORK,       "rri-", "R[a] := R[b] ^ c")                                \
    X(SHLK,       "rri-", "R[a] := R[b] << c (0 <= c)")                      \
    X(SHRSK,      "rri-", "R[a] := R[b] >> c arithmetic (0 <= c)")           \
    X(SHRUK,      "rri-", "R[a] := R[b] >> c logical (0 <= c)")              \
    X(DIVSK,      "rri-", "R[a] := R[b] / c (signed, c > 0)")                \
    X(REMSK,      "rri-", "R[a] := R[b] % c (signed, c > 0)")                \
    X(DIVUK,      "rri-", "R[a] := R[b] / c (unsigned, c > 0)")              \
    X(REMUK,      "rri-", "R[a] := R[b] % c (unsigned, c > 0)")              \
    X(DIVS,       "rrr-", "R[a] := R[b] / R[c] (signed; panics on 0)")       \
    X(DIVU,       "rrr-", "R[a] := R[b] / R[c] (unsigned; panics on 0)")     \
    X(REMS,       "rrr-", "R[a] := R[b] % R[c] (signed; panics on 0)")       \
    X(REMU,       "rrr-", "R[a] := R[b] % R[c] (unsigned; panics on 0)")     \
    X(AND,        "rrr-", "R[a] := R[b] & R[c]")                             \
    X(OR,         "rrr-", "R[a] := R[b] | R[c]")                             \
    X(XOR,        "rrr-", "R[a] := R[b] ^ R[c]")                             \
    X(ANDNOT,     "rrr-", "R[a] := R[b] &^ R[c]")                            \
    X(SHL,        "rrri", "R[a] := R[b] << R[c] (d: count signed, check<0)") \
    X(SHRS,       "rrri", "R[a] := R[b] >> R[c] arithmetic")                 \
    X(SHRU,       "rrri", "R[a] := R[b] >> R[c] logical")                    \
    X(NEG,        "rr--", "R[a] := -R[b]")                                   \
    X(COM,        "rr--", "R[a] := ^R[b]")                                   \
    X(NOT,        "rr--", "R[a] := !R[b]")                                   \
    X(SEXT8,      "rr--", "R[a] := (int8)R[b]")                              \
    X(SEXT16,     "rr--", "R[a] := (int16)R[b]")                             \
    X(SEXT32,     "rr--", "R[a] := (int32)R[b]")                             \
    X(ZEXT8,      "rr--", "R[a] := (uint8)R[b]")                             \
    X(ZEXT16,     "rr--", "R[a] := (uint16)R[b]")                            \
    X(ZEXT32,     "rr--", "R[a] := (uint32)R[b]")                            \
    /* integer comparisons -> bool 0/1 */                                    \
    X(EQ,         "rrr-", "R[a] := R[b] == R[c]")                            \
    X(NE,         "rrr-", "R[a] := R[b] != R[c]")                            \
    X(LTS,        "rrr-", "R[a] := R[b] < R[c] signed")                      \
    X(LES,        "rrr-", "R[a] := R[b] <= R[c] signed")                     \
    X(LTU,        "rrr-", "R[a] := R[b] < R[c] unsigned")                    \
    X(LEU,        "rrr-", "R[a] := R[b] <= R[c] unsigned")                   \
    /* float64 (F) and float32 (F32) arithmetic and comparisons */           \
    X(ADDF,       "rrr-", "R[a] := R[b] +. R[c]")                            \
    X(SUBF,       "rrr-", "R[a] := R[b] -. R[c]")                            \
    X(MULF,       "rrr-", "R[a] := R[b] *. R[c]")                            \
    X(DIVF,       "rrr-", "R[a] := R[b] /. R[c]")                            \
    X(NEGF,       "rr--", "R[a] := -.R[b]")                                  \
    X(EQF,        "rrr-", "R[a] := R[b] ==. R[c]")                           \
    X(NEF,        "rrr-", "R[a] := R[b] !=. R[c]")                           \
    X(LTF,        "rrr-", "R[a] := R[b] <. R[c]")                            \
    X(LEF,        "rrr-", "R[a] := R[b] <=. R[c]")                           \
    X(ADDFK,      "rrk-", "R[a] := R[b] +. K[c]")                            \
    X(SUBFK,      "rrk-", "R[a] := R[b] -. K[c]")                            \
    X(KSUBF,      "rrk-", "R[a] := K[c] -. R[b]")                            \
    X(MULFK,      "rrk-", "R[a] := R[b] *. K[c]")                            \
    X(DIVFK,      "rrk-", "R[a] := R[b] /. K[c]")                            \
    X(KDIVF,      "rrk-", "R[a] := K[c] /. R[b]")                            \
    X(SQRTF,      "rr--", "R[a] := sqrt(R[b]) (math.Sqrt)")                  \
    /* fused forms: one dispatch for two operations, each rounded as Go's    \
     * separate instructions are (no FMA) */                                 \
    X(MULADDF,    "rrrr", "R[a] := (R[b] *. R[c]) +. R[d]")                  \
    X(MULSUBF,    "rrrr", "R[a] := (R[b] *. R[c]) -. R[d]")                  \
    X(MULRSUBF,   "rrrr", "R[a] := R[d] -. (R[b] *. R[c])")                  \
    X(ADDFM,      "rrri", "R[a] := R[b] +. *(double*)(R[c]+d)")              \
    X(SUBFM,      "rrri", "R[a] := R[b] -. *(double*)(R[c]+d)")              \
    X(MULFM,      "rrri", "R[a] := R[b] *. *(double*)(R[c]+d)")              \
    X(DIVFM,      "rrri", "R[a] := R[b] /. *(double*)(R[c]+d)")              \
    X(ADDFTO,     "rir-", "*(double*)(R[a]+b) +.= R[c]")                     \
    X(SUBFTO,     "rir-", "*(double*)(R[a]+b) -.= R[c]")                     \
    X(MULFTO,     "rir-", "*(double*)(R[a]+b) *.= R[c]")                     \
    X(ADDF32,     "rrr-", "R[a] := R[b] +f R[c]")                            \
    X(SUBF32,     "rrr-", "R[a] := R[b] -f R[c]")                            \
    X(MULF32,     "rrr-", "R[a] := R[b] *f R[c]")                            \
    X(DIVF32,     "rrr-", "R[a] := R[b] /f R[c]")                            \
    X(NEGF32,     "rr--", "R[a] := -f R[b]")                                 \
    X(EQF32,      "rrr-", "R[a] := R[b] ==f R[c]")                           \
    X(NEF32,      "rrr-", "R[a] := R[b] !=f R[c]")                           \
    X(LTF32,      "rrr-", "R[a] := R[b] <f R[c]")                            \
    X(LEF32,      "rrr-", "R[a] := R[b] <=f R[c]")                           \
    /* conversions */                                                        \
    X(I2F,        "rr--", "R[a] := (double)(int64)R[b]")                     \
    X(U2F,        "rr--", "R[a] := (double)(uint64)R[b]")                    \
    X(F2I,        "rr--", "R[a] := (int64)double R[b] (amd64 CVTTSD2SQ)")    \
    X(F2U,        "rr--", "R[a] := (uint64)double R[b] (as Go on amd64)")    \
    X(F2I32,      "rr--", "R[a] := (int32)double R[b] (amd64 CVTTSD2SL)")    \
    X(I2F32,      "rr--", "R[a] := (float)(int64)R[b]")                      \
    X(U2F32,      "rr--", "R[a] := (float)(uint64)R[b]")                     \
    X(F322F,      "rr--", "R[a] := (double)float R[b]")                      \
    X(F2F32,      "rr--", "R[a] := (float)double R[b]")                      \
    /* jumps; fused compare-and-branch */                                    \
    X(JMP,        "j---", "ip := a")                                         \
    X(JT,         "rj--", "if R[a] then ip := b")                            \
    X(JF,         "rj--", "if !R[a] then ip := b")                           \
    X(JEQ,        "rrj-", "if R[a] == R[b] then ip := c")                    \
    X(JNE,        "rrj-", "if R[a] != R[b] then ip := c")                    \
    X(JLT,        "rrj-", "if R[a] < R[b] (signed) then ip := c")            \
    X(JLE,        "rrj-", "if R[a] <= R[b] (signed) then ip := c")           \
    X(JLTU,       "rrj-", "if R[a] < R[b] (unsigned) then ip := c")          \
    X(JLEU,       "rrj-", "if R[a] <= R[b] (unsigned) then ip := c")         \
    X(JLTK,       "rij-", "if R[a] < b (signed) then ip := c")               \
    X(JGEK,       "rij-", "if R[a] >= b (signed) then ip := c")              \
    X(JEQK,       "rij-", "if R[a] == b then ip := c")                       \
    X(JNEK,       "rij-", "if R[a] != b then ip := c")                       \
    /* s[i] == 'c' as a condition: the string index fused with the test */  \
    X(JBEQK,      "rrij", "if byte R[a][R[b]] == c then ip := d (string or byte/bool slice R[a..], bounds-checked)") \
    X(JBNEK,      "rrij", "if byte R[a][R[b]] != c then ip := d (string or byte/bool slice R[a..], bounds-checked)") \
    /* loop bottoms: the post statement's add fused with the test */        \
    X(ADDJLT,     "rrrj", "R[a] += R[b]; if R[a] < R[c] then ip := d")       \
    X(ADDJLE,     "rrrj", "R[a] += R[b]; if R[a] <= R[c] then ip := d")      \
    X(ADDKJLT,    "rirj", "R[a] += b; if R[a] < R[c] then ip := d")          \
    X(ADDKJLE,    "rirj", "R[a] += b; if R[a] <= R[c] then ip := d")         \
    X(ADDKJLTK,   "riij", "R[a] += b; if R[a] < c then ip := d")             \
    X(ADDKJGEK,   "riij", "R[a] += b; if R[a] >= c then ip := d")            \
    X(ADDKJGT,    "rirj", "R[a] += b; if R[a] > R[c] then ip := d")          \
    X(ADDKJGE,    "rirj", "R[a] += b; if R[a] >= R[c] then ip := d")         \
    X(JEQF,       "rrj-", "if R[a] ==. R[b] then ip := c")                   \
    X(JNEF,       "rrj-", "if R[a] !=. R[b] then ip := c")                   \
    X(JLTF,       "rrj-", "if R[a] <. R[b] then ip := c")                    \
    X(JLEF,       "rrj-", "if R[a] <=. R[b] then ip := c")                   \
    X(JNLTF,      "rrj-", "if !(R[a] <. R[b]) then ip := c (NaN: jumps)")    \
    X(JNLEF,      "rrj-", "if !(R[a] <=. R[b]) then ip := c (NaN: jumps)")   \
    X(JEQFK,      "rkj-", "if R[a] ==. K[b] then ip := c")                   \
    X(JNEFK,      "rkj-", "if R[a] !=. K[b] then ip := c")                   \
    X(JLTFK,      "rkj-", "if R[a] <. K[b] then ip := c")                    \
    X(JLEFK,      "rkj-", "if R[a] <=. K[b] then ip := c")                   \
    X(JGTFK,      "rkj-", "if R[a] >. K[b] then ip := c")                    \
    X(JGEFK,      "rkj-", "if R[a] >=. K[b] then ip := c")                   \
    X(JNLTFK,     "rkj-", "if !(R[a] <. K[b]) then ip := c")                 \
    X(JNLEFK,     "rkj-", "if !(R[a] <=. K[b]) then ip := c")                \
    X(JNGTFK,     "rkj-", "if !(R[a] >. K[b]) then ip := c")                 \
    X(JNGEFK,     "rkj-", "if !(R[a] >=. K[b]) then ip := c")                \
    /* memory: a nil base panics */                                          \
    X(LD8S,       "rri-", "R[a] := *(int8*)(R[b]+c)")                        \
    X(LD8U,       "rri-", "R[a] := *(uint8*)(R[b]+c)")                       \
    X(LD16S,      "rri-", "R[a] := *(int16*)(R[b]+c)")                       \
    X(LD16U,      "rri-", "R[a] := *(uint16*)(R[b]+c)")                      \
    X(LD32S,      "rri-", "R[a] := *(int32*)(R[b]+c)")                       \
    X(LD32U,      "rri-", "R[a] := *(uint32*)(R[b]+c) (also float32)")       \
    X(LD64,       "rri-", "R[a] := *(uint64*)(R[b]+c)")                      \
    X(LDN,        "rrii", "R[a..] := d bytes at R[b]+c")                     \
    X(ST8,        "rir-", "*(uint8*)(R[a]+b) := R[c]")                       \
    X(ST16,       "rir-", "*(uint16*)(R[a]+b) := R[c]")                      \
    X(ST32,       "rir-", "*(uint32*)(R[a]+b) := R[c]")                      \
    X(ST64,       "rir-", "*(uint64*)(R[a]+b) := R[c]")                      \
    X(STN,        "rrii", "d bytes at R[a]+c := R[b..]")                     \
    X(MEMCOPY,    "rri-", "memmove(R[a], R[b], c bytes) (nil-checked)")      \
    X(MEMZERO,    "ri--", "memset(R[a], 0, b bytes) (nil-checked)")          \
    X(NILCHK,     "r---", "if R[a] == nil: panic nil dereference")           \
    /* indexing and slicing with Go's bounds checks */                       \
    X(BOUNDS,     "rr--", "if (uint64)R[a] >= R[b]: panic index out of range") \
    X(BOUNDSK,    "ri--", "if (uint64)R[a] >= b: panic index out of range")  \
    X(SLICE2AP,   "rri-", "R[a] := slice R[b..]'s pointer as *[c]T; panic if len < c") \
    X(LEA,        "rrri", "R[a] := R[b] + R[c]*d")                           \
    X(LDX64,      "rrr-", "R[a] := ((u64*)R[b])[R[c]] (slice R[b..], bounds-checked)") \
    X(LDX8U,      "rrr-", "R[a] := ((u8*)R[b])[R[c]] (slice R[b..], bounds-checked)") \
    X(STX64,      "rrr-", "((u64*)R[a])[R[b]] := R[c] (slice R[a..], bounds-checked)") \
    X(STX8,       "rrr-", "((u8*)R[a])[R[b]] := R[c] (slice R[a..], bounds-checked)") \
    X(SWAPX,      "rrri", "swap elements R[b], R[c] of d bytes (slice R[a..]; checks b, then c)") \
    X(STX64K,     "rri-", "((u64*)R[a])[R[b]] := c (slice R[a..], bounds-checked)") \
    X(STX8K,      "rri-", "((u8*)R[a])[R[b]] := c (slice R[a..], bounds-checked)") \
    X(SLICE,      "rrri", "R[a..a+3) := R[b..][lo:hi:max] (regs c..; d=flags|esize<<8)") \
    X(STRIDX,     "rrr-", "R[a] := byte R[b..b+2)[R[c]] (bounds-checked)")   \
    X(STREQ,      "rrr-", "R[a] := string R[b..] == string R[c..]")          \
    X(STRCMP,     "rrr-", "R[a] := compare(string R[b..], string R[c..]) (-1/0/1)") \
    X(CONCAT,     "rrrS", "R[a..a+2) := R[b..b+2) + R[c..c+2) (site d)")     \
    X(CONCATN,    "rriS", "R[a..a+2) := concat of c strings at R[b..] (site d)") \
    X(STR2BYTES,  "rrSi", "R[a..a+3) := []byte(string R[b..]) (site c; d=1: constant string)") \
    X(BYTES2STR,  "rrS-", "R[a..a+2) := string([]byte R[b..]) (site c)")     \
    X(STR2RUNES,  "rrS-", "R[a..a+3) := []rune(string R[b..]) (site c)")     \
    X(RUNES2STR,  "rrS-", "R[a..a+2) := string([]rune R[b..]) (site c)")     \
    X(RUNE2STR,   "rrS-", "R[a..a+2) := string(rune R[b]) (site c)")         \
    X(DECODERUNE, "rrr-", "R[a] := rune at string R[b..][R[c]]; R[a+1] := next index") \
    X(COPY,       "rrri", "R[a] := copy(slice R[b..], slice/string R[c..]) (d = elem size)") \
    X(APPEND,     "rriS", "slice R[a..a+3) := append(R[a..], c values at R[b..]) (site d)") \
    /* x.f = append(x.f, ...): the slice header updated where it lies */   \
    X(APPENDM,    "rriS", "slice at R[a]+c := append(it, R[b..]) (one element; nil-checked)") \
    X(APPENDSLM,  "rriS", "slice at R[a]+c := append(it, R[b..b+2)...) (nil-checked)") \
    X(APPENDSL,   "rr-S", "slice R[a..a+3) := append(R[a..], slice/string R[b..]...) (site d)") \
    /* allocation (site decides stack or heap) */                            \
    X(NEW,        "rS--", "R[a] := new object of site b (zeroed)")           \
    X(NEWSTK,     "rSii", "R[a] := fp+c, site b's frame object; zero d words")\
    X(MAKESLICE,  "rrS-", "R[a..a+3) := make([]T, R[b], R[b+1]) (site c)")   \
    X(CLOSURE,    "rfS-", "R[a] := closure {function b, captures} (site c)") \
    X(BOX,        "rrtS", "R[a..a+2) := interface{type c, boxed copy of R[b..]} (site d)") \
    /* equality by run-time type */                                          \
    X(EQTYPE,     "rrrt", "R[a] := memory at R[b] == memory at R[c] as type d") \
    X(IFACEEQ,    "rrr-", "R[a] := interface R[b..] == interface R[c..]")    \
    /* interfaces */                                                         \
    X(ASSERT,     "rrti", "R[a..] := iface R[b..].(type c); d&1: comma-ok (ok after value)") \
    X(ASSERTI,    "rrti", "R[a..a+2) := iface R[b..].(interface c); d&1: comma-ok") \
    X(TYPEIS,     "rrt-", "R[a] := dynamic type of iface R[b..] is type c")  \
    X(IMPLEMENTS, "rrt-", "R[a] := iface R[b..] non-nil and implements c")   \
    X(IMETHOD,    "rrc-", "R[a] := function index of method (cache c) of iface R[b..]") \
    /* calls */                                                              \
    X(CALL,       "fri-", "R[b..] := function a(R[b..b+c))")                 \
    X(CALLCL,     "rri-", "R[b..] := closure R[a](R[b..b+c))")               \
    X(CALLIFACE,  "rric", "R[b..] := iface R[a..].method(R[b+1..b+c)) (cache d; receiver word put in R[b])") \
    X(CALLFN,     "rri-", "R[b..] := function index R[a](R[b..b+c))")       \
    X(CALLNATIVE, "nrii", "R[b..b+d) := native a(R[b..b+c))")               \
    X(CALLFFI,    "irii", "R[b] := extern C function a(R[b..b+c)) (d: has a result)") \
    X(RET,        "ri--", "return R[a..a+b) to the caller's window")         \
    /* defer / panic / recover */                                            \
    X(DEFERCL,    "rri-", "push defer: closure R[a], args R[b..b+c)")        \
    X(DEFERFN,    "rri-", "push defer: function index R[a], args R[b..b+c)") \
    X(DEFERNAT,   "nrii", "push defer: native a, args R[b..b+c), d result slots") \
    X(RUNDEFERS,  "----", "run this frame's pending defers (re-executed after each)") \
    X(PANIC,      "r---", "panic(interface R[a..a+2))")                      \
    X(PANICCONT,  "----", "internal: resume panicking after a deferred call") \
    X(RECOVER,    "r---", "R[a..a+2) := recover()")                          \
    X(RTERROR,    "si--", "panic with a runtime error: string constant a (b=1: plain, no prefix)") \
    /* builtin print/println (to stderr, Go's print format) */               \
    X(PRINT,      "ri--", "print R[a..] of type b (-1: space, -2: newline)")                    \
    /* maps (vm/map.h) */                                                    \
    X(MAKEMAP,    "rrS-", "R[a] := make(map, hint R[b]) (site c)")           \
    X(MAPGET,     "rrri", "R[a..] := map R[b][key R[c..]]; d&1 comma-ok, d>>1 map type") \
    X(MAPSET,     "rrrt", "map R[a][key R[b..]] := R[c..] (d: map type)")    \
    X(MAPDEL,     "rr--", "delete(map R[a], key R[b..])")                    \
    X(MAPREF,     "rrrt", "R[a] := &map R[b][key R[c..]], inserted zero if absent (d: map type; key cannot panic)") \
    X(MAPADDK,    "rrit", "map R[a][key R[b..]] += c, an 8-byte integer, inserted zero if absent (d: map type; key cannot panic)") \
    X(MAPLEN,     "rr--", "R[a] := len(map R[b])")                           \
    X(MAPITER,    "rrt-", "R[a..a+5) := iterator over map R[b] of type c")   \
    X(MAPNEXT,    "rrrj", "next of iter R[a..]: key to R[b..], value to R[c..] (-1: none); done: ip := d") \
    /* goroutines and channels (vm/sched.c) */                               \
    X(GOFN,       "rriS", "go function index R[a](R[b..b+c)), site d")       \
    X(GOCL,       "rriS", "go closure R[a](R[b..b+c)), site d")              \
    X(MAKECHAN,   "rrS-", "R[a] := make(chan, R[b]) (site c)")               \
    X(SEND,       "rr--", "chan R[a] <- R[b..]")                             \
    X(RECV,       "rri-", "R[a..] := <-chan R[b]; c&1: comma-ok (ok after value)") \
    X(CLOSE,      "r---", "close(chan R[a])")                                \
    X(CHANLEN,    "rri-", "R[a] := len (c=0) or cap (c=1) of chan R[b]")     \
    X(SELECT,     "riir", "R[d] := chosen case of b cases at R[a..] (3 slots each: kind 0 send/1 recv, chan, reg); c: has default (-1); R[d+1] := recv ok") \
    X(HALT,       "----", "stop the interpreter loop (end of a nested call)")

typedef enum Opcode {
#define VM_OP_ENUM(name, fmt, doc) OP_##name,
    VM_OPCODES(VM_OP_ENUM)
#undef VM_OP_ENUM
    OP_COUNT
} Opcode;

typedef struct Instr {
    uint16_t op;
    uint16_t pad;
    int32_t a, b, c, d;
    int32_t jump;         /* bytes from here to the 'j' operand's target */
    const void *handler;  /* op's code in vm_interp; NULL until a VM loads it */
} Instr;

/* OP_PRINT's b besides a type index */
enum { PRINT_SPACE = -1, PRINT_NEWLINE = -2 };
enum { MAPITER_SLOTS = 5 };  /* MapIter + the map type */

/* SLICE flags (low byte of d) */
enum SliceFlags {
    SL_LO = 1, SL_HI = 2, SL_MAX = 4, SL_STRING = 8, SL_ARRAY = 16,
};

extern const char *const vm_op_names[OP_COUNT];
extern const char *const vm_op_formats[OP_COUNT];
extern const char *const vm_op_docs[OP_COUNT];

#endif
