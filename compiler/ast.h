/* ast.h — compiler-private: the syntax tree, symbols and the annotations the
 * checker leaves for escape analysis and codegen.
 *
 * One generic Node serves every construct; the table below says which fields
 * each kind uses.  Positions are Go's: 1-based line and byte column (a tab is
 * one column); a call's position is its '(' , a selector's is the '.', a
 * binary expression's is its operator, a composite literal's is its '{',
 * an index/slice expression's is its '['.  (This is what `go build -m` and
 * Go's error messages print.)
 *
 * Lifetime: every Node, List, Symbol and ConstVal lives in the compilation's
 * arena (Compiler.arena) and is never freed individually.
 *
 * Checker contract (filled in by check*.c, read by escape*.c and codegen):
 *  - every expression node gets `type`: its final type.  Untyped constants
 *    get the type they were converted to by context (default type when no
 *    context), never an untyped kind — except the untyped nil of a
 *    comparison `x == nil`, typed as x's type.
 *  - constant expressions get `cval` (exact value, already converted and
 *    range-checked for the node's type).
 *  - identifiers (N_IDENT) and qualified names get `sym`.
 *  - where Go converts implicitly to an interface (assignment, argument,
 *    return, composite-literal element, map key/value, channel send, switch
 *    case comparison, comparison of interface with concrete operand), the
 *    checker wraps the operand in an N_CONVIFACE node (x = operand, type =
 *    target interface).  These are allocation sites for escape analysis.
 *  - `aux` (an AuxKind) classifies calls and selectors; see below.
 */
#ifndef GOSUB_AST_H
#define GOSUB_AST_H

#include "types.h"
#include "util.h"

typedef struct Pos {
    int32_t line, col;   /* 1-based; 0 = no position */
    int32_t file;        /* index into Compiler.files */
} Pos;

typedef struct Node Node;
typedef struct Symbol Symbol;
typedef struct ConstVal ConstVal;
typedef struct Scope Scope;

typedef struct List {
    Node **items;
    int len;
} List;

/* Tokens that appear in nodes as operators (`op`). Defined by the lexer. */
typedef enum Tok {
    T_EOF, T_ILLEGAL,
    T_IDENT, T_INT, T_FLOAT, T_IMAG, T_CHAR, T_STRING,
    /* operators */
    T_ADD, T_SUB, T_MUL, T_QUO, T_REM,                  /* + - * / % */
    T_AND, T_OR, T_XOR, T_SHL, T_SHR, T_AND_NOT,         /* & | ^ << >> &^ */
    T_ADD_ASSIGN, T_SUB_ASSIGN, T_MUL_ASSIGN, T_QUO_ASSIGN, T_REM_ASSIGN,
    T_AND_ASSIGN, T_OR_ASSIGN, T_XOR_ASSIGN, T_SHL_ASSIGN, T_SHR_ASSIGN,
    T_AND_NOT_ASSIGN,
    T_LAND, T_LOR, T_ARROW, T_INC, T_DEC,                /* && || <- ++ -- */
    T_EQL, T_LSS, T_GTR, T_ASSIGN, T_NOT,                /* == < > = ! */
    T_NEQ, T_LEQ, T_GEQ, T_DEFINE, T_ELLIPSIS,           /* != <= >= := ... */
    T_LPAREN, T_LBRACK, T_LBRACE, T_COMMA, T_PERIOD,
    T_RPAREN, T_RBRACK, T_RBRACE, T_SEMICOLON, T_COLON,
    T_TILDE,
    /* keywords */
    T_BREAK, T_CASE, T_CHAN, T_CONST, T_CONTINUE, T_DEFAULT, T_DEFER,
    T_ELSE, T_FALLTHROUGH, T_FOR, T_FUNC, T_GO, T_GOTO, T_IF, T_IMPORT,
    T_INTERFACE, T_MAP, T_PACKAGE, T_RANGE, T_RETURN, T_SELECT, T_STRUCT,
    T_SWITCH, T_TYPE, T_VAR,
    T_NTOKENS
} Tok;

const char *tok_string(Tok t);   /* "+", "&&", "func", ... (lex.c) */

/*
 * Node kinds and the fields they use.
 *   x, y, z, w : child nodes      list, list2 : child lists
 *   name       : identifier / label / selector name (interned)
 *   lit        : literal source text (N_BASICLIT: as written, with quotes)
 *   op         : a Tok
 *   flags      : NF_* bits
 */
typedef enum NodeKind {
    N_BAD,
    /* ---- expressions ---- */
    N_IDENT,        /* name; sym after checking */
    N_BASICLIT,     /* op = T_INT/T_FLOAT/T_IMAG/T_CHAR/T_STRING, lit */
    N_COMPOSITE,    /* x = type (NULL when elided inside another literal),
                       list = elements (N_KEYVALUE or expressions);
                       pos = '{' */
    N_FUNCLIT,      /* x = N_FUNCTYPE, y = body N_BLOCK; pos = 'func';
                       func = FuncInfo after checking */
    N_PAREN,        /* x */
    N_SELECTOR,     /* x . name; pos = the '.' (as Go's syntax package) */
    N_INDEX,        /* x[y]; pos = '[' */
    N_SLICEEXPR,    /* x[y:z] or x[y:z:w] (NF_SLICE3); NULL for omitted */
    N_TYPEASSERT,   /* x.(y); y == NULL for x.(type) */
    N_CALL,         /* x(list...), NF_DOTS if last arg has '...'; pos='(' */
    N_STAR,         /* *x : dereference or pointer type */
    N_UNARY,        /* op x : + - ! ^ & <- */
    N_BINARY,       /* x op y */
    N_KEYVALUE,     /* x : y (composite literal element) */
    N_CONVIFACE,    /* checker-inserted: x converted to interface `type` */
    /* ---- types ---- */
    N_ARRAYTYPE,    /* [x]y ; x == NULL: slice []y ; x = N_ELLIPSIS w/o
                       child for [...]y */
    N_STRUCTTYPE,   /* list = N_FIELD */
    N_FUNCTYPE,     /* list = params (N_FIELD), list2 = results (N_FIELD) */
    N_INTERFACETYPE,/* list = N_FIELD: methods (name + N_FUNCTYPE) or
                       embedded (no names, type only) */
    N_MAPTYPE,      /* map[x]y */
    N_CHANTYPE,     /* chan x ; op: 0 both, T_ARROW with flags NF_SEND or
                       NF_RECV for chan<- / <-chan */
    N_ELLIPSIS,     /* ...x (variadic parameter type); x may be NULL */
    N_FIELD,        /* list = names (N_IDENT, may be empty), x = type,
                       lit = tag or NULL, NF_EMBEDDED */
    /* ---- statements ---- */
    N_BLOCK,        /* { list }; pos = '{', end = '}' */
    N_EXPRSTMT,     /* x */
    N_SEND,         /* x <- y */
    N_INCDEC,       /* x++ / x--: op = T_INC / T_DEC */
    N_ASSIGN,       /* list op list2; op = T_ASSIGN, T_DEFINE, or T_ADD_ASSIGN..;
                       pos = operator */
    N_GO,           /* go x (x is N_CALL) */
    N_DEFER,        /* defer x */
    N_RETURN,       /* return list */
    N_BRANCH,       /* op = T_BREAK/T_CONTINUE/T_GOTO/T_FALLTHROUGH,
                       name = label or NULL; target = the statement */
    N_IF,           /* if x(init); y(cond) z(then block) else w */
    N_SWITCH,       /* switch x(init); y(tag or NULL) { list = N_CASE } */
    N_TYPESWITCH,   /* switch x(init); y (N_ASSIGN `v := e.(type)` or
                       N_EXPRSTMT `e.(type)`) { list = N_CASE } */
    N_CASE,         /* case list: list2 (stmts); list empty = default;
                       in a type switch, `sym` = the implicitly declared
                       variable for this clause (or NULL) */
    N_SELECT,       /* list = N_COMMCASE */
    N_COMMCASE,     /* x = comm (N_SEND, N_EXPRSTMT of <-c, N_ASSIGN with
                       <-c on the right) or NULL for default; list = stmts */
    N_FOR,          /* for x(init); y(cond); z(post) w(body) */
    N_RANGE,        /* for list(key[,value]) op(= / := / 0) range x { w } */
    N_LABELED,      /* name: x */
    N_DECLSTMT,     /* list = N_VARSPEC / N_CONSTSPEC / N_TYPESPEC */
    N_EMPTY,
    /* ---- declarations ---- */
    N_IMPORT,       /* lit = path (unquoted), name = local name or NULL */
    N_VARSPEC,      /* list = names, x = type or NULL, list2 = values */
    N_CONSTSPEC,    /* list = names, x = type or NULL, list2 = values
                       (copied from the previous spec when omitted);
                       iota in `iota` */
    N_TYPESPEC,     /* name, x = type; NF_ALIAS for `type A = B` */
    N_FUNCDECL,     /* name, x = N_FUNCTYPE, y = body or NULL,
                       z = receiver N_FIELD or NULL; func = FuncInfo */
    N_NKINDS
} NodeKind;

enum NodeFlags {
    NF_DOTS = 1 << 0,      /* call with f(xs...) */
    NF_SLICE3 = 1 << 1,
    NF_EMBEDDED = 1 << 2,
    NF_ALIAS = 1 << 3,
    NF_SEND = 1 << 4,      /* chan<- */
    NF_RECV = 1 << 5,      /* <-chan */
    NF_PARENED = 1 << 6,   /* expression was parenthesised */
    NF_COMMA_OK = 1 << 7,  /* checker: v, ok form (index of map, type
                              assertion, channel receive) */
    NF_USED = 1 << 8,      /* checker scratch */
    NF_TERMINATING = 1 << 9,
    NF_IMPLICIT = 1 << 10, /* parser: N_CONSTSPEC whose type and values were
                              copied from the previous spec (omitted) */
};

/* Node.pragmas bits: directive comments before a declaration (parser). */
enum Pragma {
    PRAGMA_NOESCAPE = 1 << 0, /* //go:noescape */
    PRAGMA_NOINLINE = 1 << 1, /* //go:noinline */
    PRAGMA_NOSPLIT = 1 << 2,  /* //go:nosplit */
};

/* What a call or selector resolved to (Node.aux), set by the checker. */
typedef enum AuxKind {
    AUX_NONE,
    /* N_CALL */
    AUX_CALL_FUNC,        /* static call of a declared function (x's sym) */
    AUX_CALL_METHOD,      /* static method call: x is an N_SELECTOR with
                             AUX_SEL_METHOD */
    AUX_CALL_IFACE,       /* interface method call: x is N_SELECTOR with
                             AUX_SEL_IFACE_METHOD */
    AUX_CALL_VALUE,       /* call of a func value (closure) */
    AUX_CALL_CONV,        /* conversion T(x) */
    AUX_CALL_BUILTIN,     /* builtin; `builtin` says which */
    AUX_CALL_NATIVE,      /* call of a bodyless stdlib function bound to C */
    /* N_SELECTOR */
    AUX_SEL_FIELD,        /* x.f : `path` lists the embedded fields walked */
    AUX_SEL_METHOD,       /* x.m of a concrete type; method value if not
                             called */
    AUX_SEL_IFACE_METHOD, /* x.m of an interface */
    AUX_SEL_METHOD_EXPR,  /* T.m or (*T).m */
    AUX_SEL_QUALIFIED,    /* pkg.Name : sym */
} AuxKind;

typedef enum Builtin {
    BI_NONE,
    BI_APPEND, BI_CAP, BI_CLOSE, BI_COMPLEX, BI_COPY, BI_DELETE, BI_IMAG,
    BI_LEN, BI_MAKE, BI_MAX, BI_MIN, BI_NEW, BI_PANIC, BI_PRINT, BI_PRINTLN,
    BI_REAL, BI_RECOVER,
} Builtin;

/* Selector resolution path: for x.f through embedded fields, the field
 * indexes walked (e.g. x.A.B.f -> {iA, iB, if}) and whether each step goes
 * through a pointer (implicit dereference). */
typedef struct SelPath {
    int *index;
    bool *deref;          /* deref[i]: the struct at step i is reached
                             through a pointer */
    int len;
    bool addr_recv;       /* method call needs &x (pointer receiver on an
                             addressable value) */
    bool deref_recv;      /* method call needs *x (value receiver, x is a
                             pointer) */
    Method *method;       /* AUX_SEL_METHOD / METHOD_EXPR */
    Type *recv_type;      /* named type the method is declared on */
    int iface_index;      /* AUX_SEL_IFACE_METHOD: index in the interface's
                             sorted method list */
} SelPath;

/* Per-function information (N_FUNCDECL, N_FUNCLIT), filled by the checker. */
typedef struct FuncInfo {
    Node *decl;                 /* the N_FUNCDECL or N_FUNCLIT */
    Node *outer;                /* enclosing function for a closure */
    Symbol *sym;                /* declared functions: their symbol */
    Type *sig;                  /* signature (receiver not included) */
    Symbol *recv;               /* receiver variable or NULL */
    VEC(Symbol *) params;       /* in order, including unnamed (`_`) ones */
    VEC(Symbol *) results;      /* named or synthesized result variables */
    VEC(Symbol *) locals;       /* every other variable declared inside */
    VEC(Symbol *) captures;     /* closures: free variables, in order of
                                   first use */
    VEC(Node *) closures;       /* N_FUNCLIT nested directly inside */
    bool has_defer, has_recover_call;
    const char *qualname;       /* "main.createDemo", "main.(*T).M",
                                   "main.Increase.func1" as Go names it */
    int func_index;             /* codegen: index in the module */
    const char *extern_name;    /* checker: a bodyless `//extern NAME`
                                   function (C symbol NAME, called through
                                   vm/ffi.h); its signature passed
                                   ffi_check_sig.  Calls to it are
                                   AUX_CALL_FUNC like any declared func. */
    void *escape;               /* escape analysis private data */
} FuncInfo;

typedef enum SymKind {
    SYM_BAD, SYM_VAR, SYM_CONST, SYM_TYPE, SYM_FUNC, SYM_PKG, SYM_BUILTIN,
    SYM_NIL, SYM_LABEL,
} SymKind;

/* Where escape analysis put something that may be allocated. */
typedef enum Region { REGION_STACK = 0, REGION_HEAP = 1 } Region;

struct Symbol {
    SymKind kind;
    const char *name;
    Pos pos;
    Type *type;
    Node *decl;           /* declaring node (N_IDENT in a spec, N_FUNCDECL) */
    ConstVal *cval;       /* constants */
    const char *pkg;      /* package path ("main", "strings", ...) */
    Builtin builtin;      /* SYM_BUILTIN */
    struct Package *package; /* SYM_PKG: the imported package */
    FuncInfo *func;       /* SYM_FUNC: its function; SYM_VAR: the function
                             that declares it (NULL for globals) */
    bool global;
    Node *spec;           /* package-level var: its N_VARSPEC, whose list2
                             holds the initializer(s); (added by the checker) */
    bool param, result, recv;
    bool used;
    bool addrtaken;       /* &x taken, or x used as addressable receiver */
    bool captured;        /* referenced by a closure */
    bool reassigned;      /* assigned after its declaration */
    Type *spelled;        /* checker, messages only: the type as written
                             when it spells byte or rune (check_spell.c) */
    /* escape analysis */
    Region region;        /* REGION_HEAP = "moved to heap" */
    bool byref;           /* captured by reference (closure) */
    void *escape;         /* escape analysis private data (added by the
                             escape engineer: EscVar of escape_build.c) */
    /* codegen */
    int slot;             /* register slot / global offset */
    int addr_slot;        /* a frame variable in memory (address taken or
                             captured by reference): the register that holds
                             its address, set where it is declared */
    bool has_addr_slot;
    int native;           /* AUX_CALL_NATIVE: index in the native table */
};

/* Exact constant values (const.c).  Integers are arbitrary precision,
 * floats are exact rationals or big floats as const.c decides; the accessors
 * below are all codegen needs. */
typedef enum ConstKind { CV_BOOL, CV_INT, CV_FLOAT, CV_STRING } ConstKind;
ConstKind const_kind(const ConstVal *v);
bool const_bool(const ConstVal *v);
int64_t const_int64(const ConstVal *v);     /* wraps modulo 2^64 */
uint64_t const_uint64(const ConstVal *v);   /* wraps modulo 2^64 */
double const_float64(const ConstVal *v);
float const_float32(const ConstVal *v);
/* string constants: bytes may contain NUL */
const char *const_string(const ConstVal *v, int64_t *len);

struct Node {
    NodeKind kind;
    Tok op;
    uint32_t flags;
    Pos pos;
    Pos end;              /* N_BLOCK: the closing brace; N_FUNCDECL: end */
    Node *x, *y, *z, *w;
    List list, list2;
    const char *name;
    const char *lit;
    int64_t iota;         /* N_CONSTSPEC */
    /* directives (parser; N_FUNCDECL): `//extern NAME` gives extern_name,
     * //go:noescape etc. set PRAGMA_* bits */
    const char *extern_name;
    uint32_t pragmas;
    /* checker annotations */
    Type *type;
    ConstVal *cval;
    Symbol *sym;
    AuxKind aux;
    Builtin builtin;
    SelPath *path;
    FuncInfo *func;
    Node *target;         /* N_BRANCH: the statement it leaves/continues */
    Scope *scope;
    /* escape analysis annotations (allocation sites) */
    int site;             /* index in the module's site table, -1 if none */
    Region region;
    const char *reason;   /* why it escapes (for -m=2 and the tracer) */
    void *escape;         /* escape analysis private data */
};

/* n without its enclosing parentheses (NULL stays NULL). */
static inline Node *unparen(Node *n) {
    while (n && n->kind == N_PAREN) n = n->x;
    return n;
}

typedef struct File {
    const char *path;     /* as given on the command line / embedded name */
    const char *src;
    size_t len;
    const char *pkgname;
    List imports;         /* N_IMPORT */
    List decls;           /* N_VARSPEC, N_CONSTSPEC, N_TYPESPEC, N_FUNCDECL */
} File;

/* A package: the program's `main`, or an embedded standard library one. */
typedef struct Package {
    const char *path;     /* "main", "strings", "unicode/utf8" */
    const char *name;     /* "main", "strings", "utf8" */
    VEC(File *) files;
    Scope *scope;
    bool checked;
} Package;

/* Diagnostics: errors are recorded, sorted by position and printed as
 * FILE:LINE:COL: message (at most 10, then "too many errors"). */
typedef struct Diag {
    Pos pos;
    char *msg;
} Diag;

#endif
