/* disasm.c — the disassembler and the bytecode verifier, both driven by the
 * operand formats of vm/opcodes.h (one letter per operand), so a new opcode
 * needs no change here.
 *
 * Output of the disassembler, per function:
 *   func main.main  frame=48 bytes (regs 4, stack objects 16; a call uses 96)  params=0
 *     0  LOADI     r0, 1                          ; line 5
 *     1  NEW       r1, site#0[new(T) x.go:7:12 stack @16 (does not escape)]  ; line 7
 *     2  NEW       r2, site#1[&T{} x.go:8:9 heap (escapes: returned from f)]  ; line 8
 * Allocation opcodes show their site: source text, position, region and the
 * escape reason. */
#include <stdio.h>
#include <string.h>

#include "vm/module.h"
#include "vm/vm.h"
#include "vm/vm_internal.h"   /* HDR_SLOTS: a call's stack use = frame + header */

#define VM_OP_NAME(name, fmt, doc) #name,
#define VM_OP_FMT(name, fmt, doc) fmt,
#define VM_OP_DOC(name, fmt, doc) doc,
const char *const vm_op_names[OP_COUNT] = {VM_OPCODES(VM_OP_NAME)};
const char *const vm_op_formats[OP_COUNT] = {VM_OPCODES(VM_OP_FMT)};
const char *const vm_op_docs[OP_COUNT] = {VM_OPCODES(VM_OP_DOC)};

static void print_str(FILE *out, const StrConst *s) {
    fputc('"', out);
    for (int64_t i = 0; i < s->len && i < 40; i++) {
        uint8_t c = s->ptr[i];
        if (c == '"' || c == '\\') fprintf(out, "\\%c", c);
        else if (c == '\n') fputs("\\n", out);
        else if (c < 32 || c >= 127) fprintf(out, "\\x%02x", c);
        else fputc(c, out);
    }
    fputs(s->len > 40 ? "\"..." : "\"", out);
}

static void print_operand(const Module *m, char kind, int32_t v, FILE *out) {
    switch (kind) {
    case 'r': fprintf(out, "r%d", v); break;
    case 'i': fprintf(out, "%d", v); break;
    case 'j': fprintf(out, "->%d", v); break;
    case 'k':
        if (v >= 0 && v < m->nconsts) {
            double d;
            memcpy(&d, &m->consts[v], 8);
            fprintf(out, "K%d(%lld|%g)", v, (long long)m->consts[v], d);
        } else fprintf(out, "K%d", v);
        break;
    case 's':
        if (v >= 0 && v < m->nstrs) print_str(out, &m->strs[v]);
        else fprintf(out, "S%d", v);
        break;
    case 'f':
        if (v >= 0 && v < m->nfuncs) fprintf(out, "%s", m->funcs[v].name);
        else fprintf(out, "f%d", v);
        break;
    case 't':
        if (v >= 0 && v < m->ntypes && m->types[v]) {
            const Type *t = m->types[v];
            fprintf(out, "type(%s)", t->str ? t->str : t->name ? t->name : "?");
        } else fprintf(out, "t%d", v);
        break;
    case 'S':
        if (v >= 0 && v < m->nsites) {
            const Site *s = &m->sites[v];
            fprintf(out, "site#%d[%s %s:%d:%d %s", v, s->text ? s->text : "?",
                    s->file ? s->file : "?", s->line, s->col,
                    s->region ? "heap" : "stack");
            if (!s->region) fprintf(out, " @%lld", (long long)s->frame_offset);
            /* the reason repeats the region word ("stack: does not
             * escape"): printed once */
            const char *why = s->reason, *rw = s->region ? "heap" : "stack";
            size_t rn = strlen(rw);
            if (why && !strncmp(why, rw, rn) && why[rn] == ':') why += rn + 2;
            if (why) fprintf(out, " (%s)", why);
            fputc(']', out);
        } else fprintf(out, "site#%d", v);
        break;
    case 'n':
        if (v >= 0 && v < m->nnatives) fprintf(out, "native(%s)", m->natives[v].name);
        else fprintf(out, "n%d", v);
        break;
    case 'g': fprintf(out, "G+%d", v); break;
    case 'c':
        if (v >= 0 && v < m->ncaches) fprintf(out, "cache#%d(.%s)", v, m->caches[v].name);
        else fprintf(out, "cache#%d", v);
        break;
    default: break;
    }
}

void vm_disasm_function(const Module *m, int fi, FILE *out) {
    const Function *f = &m->funcs[fi];
    fprintf(out, "func %s  frame=%d bytes (regs %d, stack objects %d; a call uses %d)  params=%d results=%d\n",
            f->name, f->frame_slots * 8, f->nregs, (f->frame_slots - f->nregs) * 8,
            (f->frame_slots + HDR_SLOTS) * 8, f->nparams, f->nresults);
    for (int pc = 0; pc < f->ncode; pc++) {
        const Instr *in = &f->code[pc];
        const char *fmt = in->op < OP_COUNT ? vm_op_formats[in->op] : "----";
        fprintf(out, "  %4d  %-10s ", pc, in->op < OP_COUNT ? vm_op_names[in->op] : "???");
        int32_t ops[4] = {in->a, in->b, in->c, in->d};
        bool first = true;
        for (int k = 0; k < 4; k++) {
            if (fmt[k] == '-') continue;
            if (!first) fputs(", ", out);
            first = false;
            print_operand(m, fmt[k], ops[k], out);
        }
        if (f->lines) fprintf(out, "    ; line %d", f->lines[pc]);
        fputc('\n', out);
    }
    fputc('\n', out);
}

void vm_disasm_module(const Module *m, FILE *out) {
    for (int i = 0; i < m->nfuncs; i++) vm_disasm_function(m, i, out);
}

static int check(const Module *m, const Function *f, int pc, char kind,
                 int32_t v, FILE *out) {
    bool ok = true;
    switch (kind) {
    case 'r': ok = v >= -1 && v < f->nregs; break;
    case 'j': ok = v >= 0 && v < f->ncode; break;
    case 'k': ok = v >= 0 && v < m->nconsts; break;
    case 's': ok = v >= 0 && v < m->nstrs; break;
    case 'f': ok = v >= 0 && v < m->nfuncs; break;
    case 't': ok = v >= 0 && v < m->ntypes; break;
    case 'S': ok = v >= 0 && v < m->nsites; break;
    case 'n': ok = v >= 0 && v < m->nnatives; break;
    case 'c': ok = v >= 0 && v < m->ncaches; break;
    default: break;
    }
    if (!ok)
        fprintf(out, "verify: %s pc %d (%s): operand '%c' = %d out of range\n",
                f->name, pc, vm_op_names[f->code[pc].op], kind, v);
    return !ok;
}

int vm_verify_module(const Module *m, FILE *out) {
    int bad = 0;
    for (int fi = 0; fi < m->nfuncs; fi++) {
        const Function *f = &m->funcs[fi];
        if (f->frame_slots < f->nregs) {
            fprintf(out, "verify: %s: frame smaller than registers\n", f->name);
            bad++;
        }
        for (int pc = 0; pc < f->ncode; pc++) {
            const Instr *in = &f->code[pc];
            if (in->op >= OP_COUNT) {
                fprintf(out, "verify: %s pc %d: bad opcode %d\n", f->name, pc, in->op);
                bad++;
                continue;
            }
            const char *fmt = vm_op_formats[in->op];
            int32_t ops[4] = {in->a, in->b, in->c, in->d};
            for (int k = 0; k < 4; k++) bad += check(m, f, pc, fmt[k], ops[k], out);
        }
    }
    return bad;
}
