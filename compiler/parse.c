/* parse.c — the parser: tokens to the syntax tree of ast.h, by recursive
 * descent, one function per grammar rule (the rule is written above it).
 *
 * The structure, the error messages and their positions follow Go 1.19's
 * cmd/compile/internal/syntax/parser.go, so that a program with a syntax
 * error gets the same first error line as `go build`:
 *  - syntax_error() builds "syntax error: unexpected TOKEN, expecting ..."
 *    and friends from a short message, as Go does;
 *  - after an error, advance() skips to a token of a follow set (and, inside
 *    a function, to a statement keyword), so one mistake gives one error;
 *  - xnest tracks the expression nesting that decides whether '{' after a
 *    type name opens a composite literal or a block (it is -1 in the
 *    header of if/for/switch, so `if x == T{} {` needs parentheses);
 *  - fnest > 0 inside function bodies.
 *
 * Invariants: every parse function returns a non-NULL node unless its name
 * ends in _or_null; every loop stops at EOF; recursion is bounded by
 * MAX_NEST (deeper nesting is reported once, and the lexer is then stopped
 * so everything unwinds).
 *
 * Tree shape (see ast.h): parentheses are kept as N_PAREN (as Go keeps
 * them); grouped declarations are flattened into specs; parameters that
 * share a type (`a, b int`) are one N_FIELD; a const spec that omits type
 * and values gets the previous spec's (NF_IMPLICIT); `for ... range` is one
 * N_RANGE node; a type switch is N_TYPESWITCH.
 */
#include "internal.h"

#include <stdlib.h>

/* Nesting limits: MAX_NEST levels of recursive rules, and at most
 * MAX_STACK bytes of C stack (the depth a level costs varies with the build:
 * sanitizers make frames several times larger) — or c->stack_budget when
 * the compiler runs on its own big stack (codegen.c, cmp_compile), where
 * MAX_NEST is the only limit reached and the later phases, which recurse
 * over the same tree, have room for it. */
enum { MAX_NEST = 10000, MAX_STACK = 3 << 20 };

typedef VEC(Node *) NodeVec;

typedef struct Parser {
    Compiler *c;
    Lexer lx;
    int fnest;       /* function nesting */
    int xnest;       /* expression nesting (composite literal ambiguity) */
    int depth;       /* recursion depth, for MAX_NEST */
    bool dead;       /* nesting too deep: the lexer is stopped */
    uintptr_t stack_base; /* address of a local of parse_file */
    int errors0;     /* c->nerrors when parsing began */
} Parser;

#define TOK (p->lx.tok)
#define POS (p->lx.pos)

/* ---------------------------------------------------------------- helpers */

static Node *new_node(Parser *p, NodeKind k, Pos pos) {
    return ast_new(p->c, k, pos);
}

static List to_list(Parser *p, NodeVec *v) {
    List l = {NULL, v->len};
    if (v->len) {
        l.items = arena_alloc(&p->c->arena, sizeof(Node *) * (size_t)v->len);
        memcpy(l.items, v->items, sizeof(Node *) * (size_t)v->len);
    }
    VEC_FREE(*v);
    return l;
}

static List list1(Parser *p, Node *x) {
    List l = {arena_alloc(&p->c->arena, sizeof(Node *)), 1};
    l.items[0] = x;
    return l;
}

static bool had_errors(Parser *p) { return p->c->nerrors > p->errors0; }

static void next(Parser *p) {
    if (p->dead) {
        p->lx.tok = T_EOF;
        return;
    }
    lex_next(&p->lx);
}

static bool got(Parser *p, Tok t) {
    if (TOK != t) return false;
    next(p);
    return true;
}

/* ---------------------------------------------------------------- errors */

/* Go's words for tokens in "expecting ..." */
static const char *tokstring(Tok t) {
    switch (t) {
    case T_COMMA: return "comma";
    case T_SEMICOLON: return "semicolon or newline";
    default: return tok_string(t);
    }
}

/* The current token as "unexpected ..." names it. */
static const char *tok_desc(Parser *p) {
    switch (TOK) {
    case T_IDENT:
    case T_SEMICOLON:
        return p->lx.lit;
    case T_INT: case T_FLOAT: case T_IMAG: case T_CHAR: case T_STRING:
        return arena_printf(&p->c->arena, "literal %s", p->lx.lit);
    default:
        return tokstring(TOK);
    }
}

static bool has_prefix(const char *s, const char *pre) {
    return strncmp(s, pre, strlen(pre)) == 0;
}

static void error_at(Parser *p, Pos pos, const char *msg) {
    diag_error(p->c, pos, "%s", msg);
}

/* Reports "syntax error: ..." at pos.  A message starting with "in ",
 * "at ", "after " or "expecting " is prefixed by "unexpected TOKEN". */
static void syntax_error_at(Parser *p, Pos pos, const char *msg) {
    if (TOK == T_EOF && had_errors(p)) return; /* no follow-up errors */
    const char *sep;
    if (!*msg) sep = "";
    else if (has_prefix(msg, "in ") || has_prefix(msg, "at ") ||
             has_prefix(msg, "after "))
        sep = " ";
    else if (has_prefix(msg, "expecting "))
        sep = ", ";
    else {
        diag_error(p->c, pos, "syntax error: %s", msg);
        return;
    }
    diag_error(p->c, pos, "syntax error: unexpected %s%s%s", tok_desc(p), sep,
               msg);
}

static void syntax_error(Parser *p, const char *msg) {
    syntax_error_at(p, POS, msg);
}

static bool in_set(Tok t, const Tok *set, int n) {
    for (int i = 0; i < n; i++)
        if (set[i] == t) return true;
    return false;
}

/* Statement keywords: synchronization points inside functions. */
static const Tok stopset[] = {
    T_BREAK, T_CONST, T_CONTINUE, T_DEFER, T_FALLTHROUGH, T_FOR, T_GO,
    T_GOTO, T_IF, T_RETURN, T_SELECT, T_SWITCH, T_TYPE, T_VAR,
};

/* Skips tokens up to one of `follow` (or, inside a function, a statement
 * keyword) or EOF.  With an empty follow list, skips exactly one token. */
static void advance_to(Parser *p, const Tok *follow, int n) {
    if (n == 0) {
        if (TOK != T_EOF) next(p);
        return;
    }
    while (TOK != T_EOF && !in_set(TOK, follow, n) &&
           !(p->fnest > 0 &&
             in_set(TOK, stopset, sizeof stopset / sizeof *stopset)))
        next(p);
}

#define ADVANCE(p, ...)                                                       \
    advance_to(p, (const Tok[]){__VA_ARGS__},                                 \
               (int)(sizeof((const Tok[]){__VA_ARGS__}) / sizeof(Tok)))

static void want(Parser *p, Tok t) {
    if (got(p, t)) return;
    syntax_error(p, arena_printf(&p->c->arena, "expecting %s", tokstring(t)));
    advance_to(p, NULL, 0);
}

/* got(=), but also accepts ":=" (with an error) to recover better. */
static bool got_assign(Parser *p) {
    if (TOK == T_DEFINE) syntax_error(p, "expecting =");
    if (TOK == T_DEFINE || TOK == T_ASSIGN) {
        next(p);
        return true;
    }
    return false;
}

/* Recursion guard: every recursive rule enters and leaves. */
static bool enter(Parser *p) {
    char here;
    uintptr_t sp = (uintptr_t)&here;
    uintptr_t used = sp < p->stack_base ? p->stack_base - sp
                                        : sp - p->stack_base;
    size_t budget = p->c->stack_budget ? p->c->stack_budget : MAX_STACK;
    if (p->depth < MAX_NEST && used < budget) {
        p->depth++;
        return true;
    }
    if (!p->dead) {
        diag_error(p->c, POS, "syntax error: nesting too deep");
        p->dead = true;
        p->lx.tok = T_EOF;
    }
    return false;
}

static void leave(Parser *p) { p->depth--; }

/* Takes the directives (//extern, //go:...) seen so far. */
static void take_pragmas(Parser *p, Node *n) {
    n->extern_name = p->lx.extern_name;
    n->pragmas = p->lx.pragmas;
    p->lx.extern_name = NULL;
    p->lx.pragmas = 0;
}

static void clear_pragmas(Parser *p) {
    p->lx.extern_name = NULL;
    p->lx.pragmas = 0;
}

/* ---------------------------------------------------------------- forward */

static Node *expr(Parser *p);
static Node *binary_expr(Parser *p, Node *x, int prec);
static Node *unary_expr(Parser *p);
static Node *pexpr(Parser *p, Node *x, bool keep_parens);
static Node *type_(Parser *p);
static Node *type_or_null(Parser *p);
static Node *func_type(Parser *p, const char *context);
static Node *block_stmt(Parser *p, const char *context);
static Node *func_body(Parser *p);
static Node *stmt_or_null(Parser *p);
static List stmt_list(Parser *p);
static Node *complit_expr(Parser *p);
static Node *simple_stmt(Parser *p, List lhs, Tok keyword);
static void param_list_fields(Parser *p, Tok close, List *out);

/* ---------------------------------------------------------------- names */

static Node *ident(Parser *p, Pos pos, const char *name) {
    Node *n = new_node(p, N_IDENT, pos);
    n->name = name;
    return n;
}

/* name = identifier . */
static Node *name(Parser *p) {
    if (TOK == T_IDENT) {
        Node *n = ident(p, POS, p->lx.lit);
        next(p);
        return n;
    }
    Node *n = ident(p, POS, intern_cstr(p->c, "_"));
    syntax_error(p, "expecting name");
    advance_to(p, NULL, 0);
    return n;
}

/* IdentifierList = identifier { "," identifier } . */
static List name_list(Parser *p, Node *first) {
    NodeVec v = {0};
    VEC_PUSH(v, first);
    while (got(p, T_COMMA)) VEC_PUSH(v, name(p));
    return to_list(p, &v);
}

static void generics_error(Parser *p, Pos pos) {
    diag_error(p->c, pos, "generics are not supported: type parameters and "
                          "instantiation are not part of gosub's Go subset");
}

/* QualifiedIdent = [ PackageName "." ] identifier . */
static Node *qualified_name(Parser *p, Node *x) {
    if (!x) {
        if (TOK == T_IDENT) {
            x = name(p);
        } else {
            x = ident(p, POS, intern_cstr(p->c, "_"));
            syntax_error(p, "expecting name");
            ADVANCE(p, T_PERIOD, T_SEMICOLON, T_RBRACE);
        }
    }
    if (TOK == T_PERIOD) {
        Node *s = new_node(p, N_SELECTOR, POS);
        next(p);
        s->x = x;
        Node *sel = name(p);
        s->name = sel->name;
        x = s;
    }
    if (TOK == T_LBRACK) {
        /* instantiation T[int]: generics */
        generics_error(p, POS);
        next(p);
        while (TOK != T_EOF && TOK != T_RBRACK) {
            type_(p);
            if (!got(p, T_COMMA)) break;
        }
        want(p, T_RBRACK);
    }
    return x;
}

/* BasicLit, or NULL if the token is not a literal. */
static Node *oliteral(Parser *p) {
    if (TOK < T_INT || TOK > T_STRING) return NULL;
    Node *b = new_node(p, N_BASICLIT, POS);
    b->op = TOK;
    b->lit = p->lx.lit;
    next(p);
    return b;
}

static Node *bad_expr(Parser *p) { return new_node(p, N_BAD, POS); }

/* ---------------------------------------------------------------- lists */

typedef bool (*ListFn)(Parser *p, void *ctx);

/* list = [ f { sep f } [sep] ] close .  Returns the position of close. */
static Pos list(Parser *p, const char *context, Tok sep, Tok close, ListFn f,
                void *ctx) {
    bool done = false;
    while (TOK != T_EOF && TOK != close && !done) {
        done = f(p, ctx);
        if (!got(p, sep) && TOK != close) {
            syntax_error(p, arena_printf(&p->c->arena,
                                         "in %s; possibly missing %s or %s",
                                         context, tokstring(sep),
                                         tokstring(close)));
            ADVANCE(p, T_RPAREN, T_RBRACK, T_RBRACE);
            if (TOK != close) return POS;
        }
    }
    Pos pos = POS;
    want(p, close);
    return pos;
}

/* ExpressionList = Expression { "," Expression } . */
static List expr_list(Parser *p) {
    NodeVec v = {0};
    VEC_PUSH(v, expr(p));
    while (got(p, T_COMMA)) VEC_PUSH(v, expr(p));
    return to_list(p, &v);
}

/* ---------------------------------------------------------------- expressions */

static int precedence(Tok t) {
    switch (t) {
    case T_LOR: return 1;
    case T_LAND: return 2;
    case T_EQL: case T_NEQ: case T_LSS: case T_LEQ: case T_GTR: case T_GEQ:
        return 3;
    case T_ADD: case T_SUB: case T_OR: case T_XOR: return 4;
    case T_MUL: case T_QUO: case T_REM: case T_SHL: case T_SHR: case T_AND:
    case T_AND_NOT:
        return 5;
    default: return 0;
    }
}

/* Expression = UnaryExpr | Expression binary_op Expression . */
static Node *expr(Parser *p) { return binary_expr(p, NULL, 0); }

static Node *binary_expr(Parser *p, Node *x, int prec) {
    if (!x) x = unary_expr(p);
    int chain = 0; /* a long chain makes a deep (left-leaning) tree too */
    while (precedence(TOK) > prec) {
        if (!enter(p)) break;
        chain++;
        Node *t = new_node(p, N_BINARY, POS);
        t->op = TOK;
        int tprec = precedence(TOK);
        next(p);
        t->x = x;
        t->y = binary_expr(p, NULL, tprec);
        x = t;
    }
    p->depth -= chain;
    return x;
}

/* Short description of an expression for "unexpected X, expecting chan". */
static const char *short_string(Parser *p, Node *x) {
    return ast_string(p->c, x);
}

/* <-x where x parsed as a channel type: re-associate `<-` with the type,
 * (<-chan E) or (<-chan (<-E)) ... as Go does. */
static Node *recv_chan_type(Parser *p, Node *x) {
    bool send_only = true;
    Node *t = x;
    while (send_only) {
        if (!t || t->kind != N_CHANTYPE) break;
        send_only = (t->flags & NF_SEND) != 0;
        if (t->flags & NF_RECV)
            syntax_error(p, "unexpected <-, expecting chan");
        t->flags = (t->flags & ~(uint32_t)NF_SEND) | NF_RECV;
        t->op = T_ARROW;
        t = t->x;
    }
    if (send_only)
        syntax_error(p, arena_printf(&p->c->arena,
                                     "unexpected %s, expecting chan",
                                     short_string(p, t)));
    return x;
}

/* UnaryExpr = PrimaryExpr | unary_op UnaryExpr . */
static Node *unary_expr_inner(Parser *p) {
    Pos pos = POS;
    switch (TOK) {
    case T_MUL: {
        next(p);
        Node *x = new_node(p, N_STAR, pos);
        x->x = unary_expr(p);
        return x;
    }
    case T_ADD: case T_SUB: case T_NOT: case T_XOR: case T_TILDE:
    case T_AND: {
        Node *x = new_node(p, N_UNARY, pos);
        x->op = TOK;
        next(p);
        x->x = unary_expr(p);
        if (x->op == T_AND) x->x = unparen(x->x);
        return x;
    }
    case T_ARROW: {
        next(p);
        Node *x = unary_expr(p);
        if (x->kind == N_CHANTYPE) return recv_chan_type(p, x);
        Node *o = new_node(p, N_UNARY, pos);
        o->op = T_ARROW;
        o->x = x;
        return o;
    }
    default:
        return pexpr(p, NULL, true);
    }
}

static Node *unary_expr(Parser *p) {
    if (!enter(p)) {
        return bad_expr(p);
    }
    Node *x = unary_expr_inner(p);
    leave(p);
    return x;
}

/* FunctionLit = "func" Signature FunctionBody .  (or a func type) */
static Node *func_lit_or_type(Parser *p) {
    Pos pos = POS;
    next(p);
    Node *ftyp = func_type(p, "function type");
    if (TOK != T_LBRACE) return ftyp;
    p->xnest++;
    Node *f = new_node(p, N_FUNCLIT, pos);
    f->x = ftyp;
    f->y = func_body(p);
    p->xnest--;
    return f;
}

/* Operand = Literal | OperandName | "(" Expression ")" | FunctionLit
 *         | type (for conversions and composite literals) . */
static Node *operand(Parser *p, bool keep_parens) {
    Pos pos = POS;
    switch (TOK) {
    case T_IDENT:
        return name(p);
    case T_INT: case T_FLOAT: case T_IMAG: case T_CHAR: case T_STRING:
        return oliteral(p);
    case T_LPAREN: {
        next(p);
        p->xnest++;
        Node *x = expr(p);
        p->xnest--;
        want(p, T_RPAREN);
        (void)keep_parens; /* parentheses are always kept (see top) */
        Node *px = new_node(p, N_PAREN, pos);
        px->x = x;
        x->flags |= NF_PARENED;
        return px;
    }
    case T_FUNC:
        return func_lit_or_type(p);
    case T_LBRACK: case T_CHAN: case T_MAP: case T_STRUCT: case T_INTERFACE:
        return type_(p);
    default: {
        Node *x = bad_expr(p);
        syntax_error(p, "expecting expression");
        ADVANCE(p, T_RPAREN, T_RBRACK, T_RBRACE);
        return x;
    }
    }
}

/* Must x be a value (not a type)?  Decides `x[i] {` ambiguity. */
static bool is_value(Node *x) {
    switch (x->kind) {
    case N_BASICLIT: case N_COMPOSITE: case N_FUNCLIT: case N_SLICEEXPR:
    case N_TYPEASSERT: case N_CALL: case N_UNARY: case N_BINARY:
        return true;
    case N_PAREN: return is_value(x->x);
    case N_INDEX: return is_value(x->x) || is_value(x->y);
    default: return false;
    }
}

static bool complit_ok(Parser *p, Node *t) {
    switch (t->kind) {
    case N_IDENT: case N_SELECTOR: return p->xnest >= 0;
    case N_INDEX: return p->xnest >= 0 && !is_value(t);
    case N_ARRAYTYPE: case N_STRUCTTYPE: case N_MAPTYPE: return true;
    default: return false;
    }
}

/* Selector = "." identifier .  TypeAssertion = "." "(" Type ")" . */
static Node *selector_or_assert(Parser *p, Node *x, Pos pos) {
    next(p);
    if (TOK == T_IDENT) {
        Node *t = new_node(p, N_SELECTOR, pos);
        t->x = x;
        t->name = p->lx.lit;
        next(p);
        return t;
    }
    if (TOK == T_LPAREN) {
        next(p);
        Node *t = new_node(p, N_TYPEASSERT, pos);
        t->x = x;
        if (!got(p, T_TYPE)) t->y = type_(p);
        want(p, T_RPAREN);
        return t;
    }
    syntax_error(p, "expecting name or (");
    ADVANCE(p, T_SEMICOLON, T_RPAREN);
    return x;
}

/* Index = "[" Expression "]" .
 * Slice = "[" [ Expression ] ":" [ Expression ] [ ":" Expression ] "]" . */
static Node *index_or_slice(Parser *p, Node *x, Pos pos) {
    next(p);
    if (TOK == T_RBRACK) {
        syntax_error(p, "expecting operand");
        next(p);
        return x;
    }
    Node *i = NULL;
    if (TOK != T_COLON) {
        p->xnest++;
        i = expr(p);
        if (TOK == T_COMMA) { /* x[a, b]: instantiation */
            generics_error(p, pos);
            while (got(p, T_COMMA) && TOK != T_RBRACK) type_or_null(p);
        }
        p->xnest--;
        if (TOK == T_RBRACK) {
            next(p);
            Node *t = new_node(p, N_INDEX, pos);
            t->x = x;
            t->y = i;
            return t;
        }
    }
    if (!got(p, T_COLON)) {
        syntax_error(p, "expecting comma, : or ]");
        ADVANCE(p, T_COMMA, T_COLON, T_RBRACK);
    }
    p->xnest++;
    Node *t = new_node(p, N_SLICEEXPR, pos);
    t->x = x;
    t->y = i;
    if (TOK != T_COLON && TOK != T_RBRACK) t->z = expr(p);
    if (TOK == T_COLON) {
        t->flags |= NF_SLICE3;
        if (!t->z) {
            error_at(p, POS, "middle index required in 3-index slice");
            t->z = bad_expr(p);
        }
        next(p);
        if (TOK != T_RBRACK) {
            t->w = expr(p);
        } else {
            error_at(p, POS, "final index required in 3-index slice");
            t->w = bad_expr(p);
        }
    }
    p->xnest--;
    want(p, T_RBRACK);
    return t;
}

typedef struct ArgCtx {
    NodeVec v;
    bool dots;
} ArgCtx;

static bool arg_elem(Parser *p, void *ctx) {
    ArgCtx *a = ctx;
    VEC_PUSH(a->v, expr(p));
    a->dots = got(p, T_ELLIPSIS);
    return a->dots;
}

/* Arguments = "(" [ ExpressionList [ "..." ] [ "," ] ] ")" . */
static Node *call(Parser *p, Node *fun, Pos pos) {
    Node *t = new_node(p, N_CALL, pos);
    next(p);
    t->x = fun;
    ArgCtx a = {{0}, false};
    p->xnest++;
    list(p, "argument list", T_COMMA, T_RPAREN, arg_elem, &a);
    p->xnest--;
    t->list = to_list(p, &a.v);
    if (a.dots) t->flags |= NF_DOTS;
    return t;
}

/* PrimaryExpr = Operand | Conversion | PrimaryExpr Selector
 *             | PrimaryExpr Index | PrimaryExpr Slice
 *             | PrimaryExpr TypeAssertion | PrimaryExpr Arguments
 *             | CompositeLit . */
static Node *pexpr(Parser *p, Node *x, bool keep_parens) {
    if (!x) x = operand(p, keep_parens);
    for (;;) {
        Pos pos = POS;
        switch (TOK) {
        case T_PERIOD: x = selector_or_assert(p, x, pos); break;
        case T_LBRACK: x = index_or_slice(p, x, pos); break;
        case T_LPAREN: x = call(p, x, pos); break;
        case T_LBRACE: {
            Node *t = unparen(x);
            if (!complit_ok(p, t)) return x;
            if (t != x)
                syntax_error(p, "cannot parenthesize type in composite "
                                "literal");
            Node *n = complit_expr(p);
            n->x = x;
            x = n;
            break;
        }
        default:
            return x;
        }
    }
}

/* Element = Expression | LiteralValue . */
static Node *bare_complit_expr(Parser *p) {
    if (TOK == T_LBRACE) return complit_expr(p);
    return expr(p);
}

static bool complit_elem(Parser *p, void *ctx) {
    NodeVec *v = ctx;
    Node *e = bare_complit_expr(p);
    if (TOK == T_COLON) {
        Node *kv = new_node(p, N_KEYVALUE, POS);
        next(p);
        kv->x = e;
        kv->y = bare_complit_expr(p);
        e = kv;
    }
    VEC_PUSH(*v, e);
    return false;
}

/* LiteralValue = "{" [ ElementList [ "," ] ] "}" . */
static Node *complit_expr(Parser *p) {
    Node *x = new_node(p, N_COMPOSITE, POS);
    if (!enter(p)) {
        return x;
    }
    NodeVec v = {0};
    p->xnest++;
    want(p, T_LBRACE);
    x->end = list(p, "composite literal", T_COMMA, T_RBRACE, complit_elem, &v);
    p->xnest--;
    x->list = to_list(p, &v);
    leave(p);
    return x;
}

/* ---------------------------------------------------------------- types */

/* Type = TypeName | TypeLit | "(" Type ")" .  Reports a missing type. */
static Node *type_(Parser *p) {
    Node *t = type_or_null(p);
    if (!t) {
        t = bad_expr(p);
        syntax_error(p, "expecting type");
        ADVANCE(p, T_COMMA, T_COLON, T_SEMICOLON, T_RPAREN, T_RBRACK,
                T_RBRACE);
    }
    return t;
}

static Node *pointer_to(Parser *p, Pos pos, Node *t) {
    Node *s = new_node(p, N_STAR, pos);
    s->x = t;
    return s;
}

/* ChanElem: a type, required. */
static Node *chan_elem(Parser *p) {
    Node *t = type_or_null(p);
    if (!t) {
        t = bad_expr(p);
        syntax_error(p, "missing channel element type");
    }
    return t;
}

/* ArrayType = "[" ArrayLength "]" ElementType .  '[' is consumed; len may
 * be given (already parsed).  "[...]T" has an N_ELLIPSIS length. */
static Node *array_type(Parser *p, Pos pos, Node *len) {
    if (!len) {
        if (TOK == T_ELLIPSIS) {
            len = new_node(p, N_ELLIPSIS, POS);
            next(p);
        } else {
            p->xnest++;
            len = expr(p);
            p->xnest--;
        }
    }
    if (TOK == T_COMMA) {
        syntax_error(p, "unexpected comma; expecting ]");
        next(p);
    }
    want(p, T_RBRACK);
    Node *t = new_node(p, N_ARRAYTYPE, pos);
    t->x = len;
    t->y = type_(p);
    return t;
}

/* SliceType = "[" "]" ElementType .  "[]" is consumed. */
static Node *slice_type(Parser *p, Pos pos) {
    Node *t = new_node(p, N_ARRAYTYPE, pos);
    t->y = type_(p);
    return t;
}

/* FieldDecl = (IdentifierList Type | EmbeddedField) [ Tag ] .
 * EmbeddedField = [ "*" ] TypeName . */
static void field_decl(Parser *p, NodeVec *fields) {
    Pos pos = POS;
    Node *f = new_node(p, N_FIELD, pos);
    switch (TOK) {
    case T_IDENT: {
        Node *n = name(p);
        if (TOK == T_PERIOD || (TOK >= T_INT && TOK <= T_STRING) ||
            TOK == T_SEMICOLON || TOK == T_RBRACE) {
            f->x = qualified_name(p, n);
            f->flags |= NF_EMBEDDED;
            break;
        }
        f->list = name_list(p, n);
        f->x = type_(p);
        break;
    }
    case T_MUL:
        next(p);
        if (TOK == T_LPAREN) {
            syntax_error(p, "cannot parenthesize embedded type");
            next(p);
            f->x = pointer_to(p, pos, qualified_name(p, NULL));
            got(p, T_RPAREN);
        } else {
            f->x = pointer_to(p, pos, qualified_name(p, NULL));
        }
        f->flags |= NF_EMBEDDED;
        break;
    case T_LPAREN:
        syntax_error(p, "cannot parenthesize embedded type");
        next(p);
        if (TOK == T_MUL) {
            Pos sp = POS;
            next(p);
            f->x = pointer_to(p, sp, qualified_name(p, NULL));
        } else {
            f->x = qualified_name(p, NULL);
        }
        got(p, T_RPAREN);
        f->flags |= NF_EMBEDDED;
        break;
    default:
        syntax_error(p, "expecting field name or embedded type");
        ADVANCE(p, T_SEMICOLON, T_RBRACE);
        return;
    }
    Node *tag = oliteral(p);
    if (tag) f->lit = tag->lit;
    VEC_PUSH(*fields, f);
}

static bool struct_elem(Parser *p, void *ctx) {
    field_decl(p, ctx);
    return false;
}

/* StructType = "struct" "{" { FieldDecl ";" } "}" . */
static Node *struct_type(Parser *p) {
    Node *t = new_node(p, N_STRUCTTYPE, POS);
    NodeVec v = {0};
    want(p, T_STRUCT);
    want(p, T_LBRACE);
    t->end = list(p, "struct type", T_SEMICOLON, T_RBRACE, struct_elem, &v);
    t->list = to_list(p, &v);
    return t;
}

/* An embedded type term of an interface: only plain (qualified) type names
 * are in the subset; `~T` and unions are constraints (generics). */
static Node *embedded_elem(Parser *p, Node *f) {
    if (!f) {
        f = new_node(p, N_FIELD, POS);
        f->flags |= NF_EMBEDDED;
        if (TOK == T_TILDE) {
            generics_error(p, POS);
            next(p);
        }
        f->x = type_or_null(p);
        if (!f->x) {
            f->x = bad_expr(p);
            syntax_error(p, "expecting ~ term or type");
            ADVANCE(p, T_OR, T_SEMICOLON, T_RPAREN, T_RBRACK, T_RBRACE);
        }
    }
    while (TOK == T_OR) {
        generics_error(p, POS);
        next(p);
        if (got(p, T_TILDE)) { /* skip */ }
        type_(p);
    }
    return f;
}

/* MethodSpec = MethodName Signature | InterfaceTypeName . */
static Node *method_decl(Parser *p) {
    Node *f = new_node(p, N_FIELD, POS);
    Node *n = name(p);
    if (TOK == T_LPAREN) {
        f->list = list1(p, n);
        f->x = func_type(p, "interface method");
        return f;
    }
    if (TOK == T_LBRACK) {
        generics_error(p, POS);
        next(p);
        while (TOK != T_EOF && TOK != T_RBRACK) {
            type_(p);
            if (!got(p, T_COMMA)) break;
        }
        want(p, T_RBRACK);
        if (TOK == T_LPAREN) {
            f->list = list1(p, n);
            f->x = func_type(p, "interface method");
            return f;
        }
    }
    f->x = qualified_name(p, n);
    f->flags |= NF_EMBEDDED;
    return f;
}

static bool iface_elem(Parser *p, void *ctx) {
    Node *f = NULL;
    if (TOK == T_IDENT) f = method_decl(p);
    if (!f || f->list.len == 0) f = embedded_elem(p, f);
    VEC_PUSH(*(NodeVec *)ctx, f);
    return false;
}

/* InterfaceType = "interface" "{" { ( MethodSpec | InterfaceTypeName ) ";" }
 *                 "}" . */
static Node *interface_type(Parser *p) {
    Node *t = new_node(p, N_INTERFACETYPE, POS);
    NodeVec v = {0};
    want(p, T_INTERFACE);
    want(p, T_LBRACE);
    t->end = list(p, "interface type", T_SEMICOLON, T_RBRACE, iface_elem, &v);
    t->list = to_list(p, &v);
    return t;
}

/* MapType = "map" "[" KeyType "]" ElementType . */
static Node *map_type(Parser *p) {
    Node *t = new_node(p, N_MAPTYPE, POS);
    next(p);
    want(p, T_LBRACK);
    t->x = type_(p);
    want(p, T_RBRACK);
    t->y = type_(p);
    return t;
}

/* ChannelType = ( "chan" | "chan" "<-" | "<-" "chan" ) ElementType . */
static Node *chan_type(Parser *p) {
    Node *t = new_node(p, N_CHANTYPE, POS);
    if (got(p, T_ARROW)) {
        want(p, T_CHAN);
        t->op = T_ARROW;
        t->flags |= NF_RECV;
    } else {
        next(p); /* chan */
        if (got(p, T_ARROW)) {
            t->op = T_ARROW;
            t->flags |= NF_SEND;
        }
    }
    t->x = chan_elem(p);
    return t;
}

static Node *type_or_null_inner(Parser *p) {
    Pos pos = POS;
    switch (TOK) {
    case T_MUL:
        next(p);
        return pointer_to(p, pos, type_(p));
    case T_ARROW:
    case T_CHAN:
        return chan_type(p);
    case T_FUNC:
        next(p);
        return func_type(p, "function type");
    case T_LBRACK:
        next(p);
        if (got(p, T_RBRACK)) return slice_type(p, pos);
        return array_type(p, pos, NULL);
    case T_MAP:
        return map_type(p);
    case T_STRUCT:
        return struct_type(p);
    case T_INTERFACE:
        return interface_type(p);
    case T_IDENT:
        return qualified_name(p, NULL);
    case T_LPAREN: {
        next(p);
        Node *t = new_node(p, N_PAREN, pos);
        t->x = type_(p);
        want(p, T_RPAREN);
        return t;
    }
    default:
        return NULL;
    }
}

/* TypeOrNull: a type, or NULL (nothing consumed) if none starts here. */
static Node *type_or_null(Parser *p) {
    if (!enter(p)) {
        return bad_expr(p);
    }
    Node *t = type_or_null_inner(p);
    leave(p);
    return t;
}

/* ---------------------------------------------------------------- parameters */

/* One parameter as parsed: a name, a type, or both. */
typedef struct Param {
    Node *name, *type;
    Pos pos;
} Param;

typedef struct ParamCtx {
    VEC(Param) v;
    Tok close;
} ParamCtx;

/* ParameterDecl = [ IdentifierList ] [ "..." ] Type .  (one item) */
static bool param_decl(Parser *p, void *ctx) {
    ParamCtx *pc = ctx;
    Param par = {NULL, NULL, POS};
    if (TOK == T_IDENT) {
        Node *n = name(p);
        if (TOK == T_LBRACK) {
            /* name []T, name [N]T, or an instantiation T[A] */
            Pos pos = POS;
            next(p);
            if (got(p, T_RBRACK)) {
                par.name = n;
                par.type = slice_type(p, pos);
            } else {
                p->xnest++;
                Node *len = expr(p);
                p->xnest--;
                if (TOK == T_COMMA) generics_error(p, pos);
                while (got(p, T_COMMA) && TOK != T_RBRACK) type_or_null(p);
                want(p, T_RBRACK);
                Node *elem = type_or_null(p);
                if (elem) {
                    par.name = n;
                    par.type = new_node(p, N_ARRAYTYPE, pos);
                    par.type->x = len;
                    par.type->y = elem;
                } else {
                    generics_error(p, pos);
                    par.type = n;
                }
            }
            VEC_PUSH(pc->v, par);
            return false;
        }
        if (TOK == T_PERIOD) {
            par.type = qualified_name(p, n);
            VEC_PUSH(pc->v, par);
            return false;
        }
        par.name = n;
    }
    if (TOK == T_ELLIPSIS) {
        Node *t = new_node(p, N_ELLIPSIS, POS);
        next(p);
        t->x = type_or_null(p);
        if (!t->x) {
            t->x = bad_expr(p);
            syntax_error(p, "... is missing type");
        }
        par.type = t;
        VEC_PUSH(pc->v, par);
        return false;
    }
    par.type = type_or_null(p);
    if (par.name || par.type) {
        VEC_PUSH(pc->v, par);
        return false;
    }
    syntax_error(p, arena_printf(&p->c->arena, "expecting %s",
                                 tokstring(pc->close)));
    ADVANCE(p, T_COMMA, pc->close);
    return false;
}

/* Position of the leftmost token of an expression (Go's StartPos). */
static Pos start_pos(Node *n) {
    for (;;) {
        switch (n->kind) {
        case N_SELECTOR: case N_INDEX: case N_SLICEEXPR: case N_TYPEASSERT:
        case N_CALL: case N_BINARY: case N_KEYVALUE:
            n = n->x;
            break;
        case N_COMPOSITE:
            if (!n->x) return n->pos;
            n = n->x;
            break;
        default:
            return n->pos;
        }
    }
}

/* Resolves names and types as Go does: with no name+type pair every item is
 * a type; otherwise names take the type to their right, and a lone type
 * is an error (mixed named and unnamed parameters). */
static void resolve_params(Parser *p, Param *v, int n) {
    int named = 0;
    for (int i = 0; i < n; i++)
        if (v[i].name && v[i].type) named++;
    if (named == 0) {
        for (int i = 0; i < n; i++)
            if (v[i].name) v[i].type = v[i].name, v[i].name = NULL;
        return;
    }
    if (named == n) return;
    Pos err = {0, 0, 0};
    Node *typ = NULL;
    for (int i = n - 1; i >= 0; i--) {
        if (v[i].type) {
            typ = v[i].type;
            if (!v[i].name) {
                err = start_pos(typ);
                v[i].name = ident(p, err, intern_cstr(p->c, "_"));
            }
        } else if (typ) {
            v[i].type = typ;
        } else {
            err = v[i].name->pos;
            v[i].type = new_node(p, N_BAD, err);
        }
    }
    if (err.line)
        syntax_error_at(p, err, "mixed named and unnamed parameters");
}

/* Groups parameters sharing one type node into N_FIELDs. */
static List group_params(Parser *p, Param *v, int n) {
    NodeVec out = {0};
    for (int i = 0; i < n;) {
        Node *f = new_node(p, N_FIELD, v[i].name ? v[i].name->pos : v[i].pos);
        f->x = v[i].type;
        NodeVec names = {0};
        int j = i;
        for (; j < n && v[j].type == v[i].type; j++)
            if (v[j].name) VEC_PUSH(names, v[j].name);
        f->list = to_list(p, &names);
        VEC_PUSH(out, f);
        i = j;
    }
    return to_list(p, &out);
}

/* Parameters = "(" [ ParameterList [ "," ] ] ")" .  '(' is consumed;
 * the N_FIELDs go to *out. */
static void param_list_fields(Parser *p, Tok close, List *out) {
    ParamCtx pc = {{0}, close};
    list(p, "parameter list", T_COMMA, close, param_decl, &pc);
    resolve_params(p, pc.v.items, pc.v.len);
    *out = group_params(p, pc.v.items, pc.v.len);
    VEC_FREE(pc.v);
}

/* Result = Parameters | Type . */
static List func_result(Parser *p) {
    List l = {0};
    if (got(p, T_LPAREN)) {
        param_list_fields(p, T_RPAREN, &l);
        return l;
    }
    Pos pos = POS;
    Node *t = type_or_null(p);
    if (t) {
        Node *f = new_node(p, N_FIELD, pos);
        f->x = t;
        l = list1(p, f);
    }
    return l;
}

/* Signature = Parameters [ Result ] .  The N_FUNCTYPE is at '(' as in Go.
 * `[` type parameters `]` are reported (generics). */
static Node *func_type(Parser *p, const char *context) {
    Node *t = new_node(p, N_FUNCTYPE, POS);
    if (TOK == T_LBRACK) {
        generics_error(p, POS);
        next(p);
        List tparams;
        param_list_fields(p, T_RBRACK, &tparams);
        t->pos = POS;
    }
    (void)context;
    want(p, T_LPAREN);
    param_list_fields(p, T_RPAREN, &t->list);
    t->list2 = func_result(p);
    return t;
}

/* ---------------------------------------------------------------- go/parser */

/* The go command reads a file's package clause and imports with go/parser
 * before the compiler runs, so errors there have go/parser's wording:
 * "expected 'STRING', found newline".  These helpers reproduce it. */

/* The current token as go/parser's "found ..." names it. */
static const char *go_found(Parser *p) {
    switch (TOK) {
    case T_SEMICOLON:
        return p->lx.nl_semi ? "newline" : "';'";
    case T_IDENT: case T_INT: case T_FLOAT: case T_IMAG: case T_CHAR:
    case T_STRING:
        return p->lx.lit;
    default:
        return arena_printf(&p->c->arena, "'%s'", tok_string(TOK));
    }
}

/* go/token places EOF after a final newline on that newline's line. */
static Pos go_pos(Parser *p) {
    Pos pos = POS;
    bool at_eof = TOK == T_EOF ||
                  (TOK == T_SEMICOLON && !strcmp(p->lx.lit, "EOF"));
    const char *src = p->lx.src, *end = p->lx.end;
    if (at_eof && end > src && end[-1] == '\n' && pos.col == 1 &&
        pos.line > 1) {
        const char *q = end - 1;
        while (q > src && q[-1] != '\n') q--;
        pos.line--;
        pos.col = (int32_t)(end - q) + 1;
    }
    return pos;
}

static void go_expected(Parser *p, const char *what) {
    diag_error(p->c, go_pos(p), "expected %s, found %s", what, go_found(p));
}

/* ---------------------------------------------------------------- declarations */

typedef struct Group {
    int index;      /* iota */
    Node *prev;     /* previous const spec of the group */
    NodeVec *out;
} Group;

/* ImportSpec = [ "." | PackageName ] ImportPath . */
static void import_spec(Parser *p, Group *g) {
    Node *d = new_node(p, N_IMPORT, POS);
    if (TOK == T_IDENT) {
        d->name = p->lx.lit;
        next(p);
    } else if (TOK == T_PERIOD) {
        d->name = intern_cstr(p->c, ".");
        next(p);
    }
    if (TOK != T_STRING) { /* reported by the go command's go/parser */
        go_expected(p, "'STRING'");
        p->dead = true;
        p->lx.tok = T_EOF;
        return;
    }
    Node *path = oliteral(p);
    size_t n;
    d->lit = lex_unquote(p->c, path->lit, &n, NULL);
    VEC_PUSH(*g->out, d);
}

/* ConstSpec = IdentifierList [ [ Type ] "=" ExpressionList ] . */
static void const_spec(Parser *p, Group *g) {
    Pos pos = POS;
    Node *d = new_node(p, N_CONSTSPEC, pos);
    d->list = name_list(p, name(p));
    if (TOK != T_EOF && TOK != T_SEMICOLON && TOK != T_RPAREN) {
        d->x = type_or_null(p);
        if (got_assign(p)) d->list2 = expr_list(p);
    }
    d->iota = g->index++;
    if (!d->x && d->list2.len == 0 && g->prev) {
        d->x = g->prev->x;
        d->list2 = g->prev->list2;
        d->flags |= NF_IMPLICIT;
    }
    g->prev = d;
    VEC_PUSH(*g->out, d);
}

/* TypeSpec = identifier [ TypeParams ] [ "=" ] Type . */
static void type_spec(Parser *p, Group *g) {
    Node *n = name(p);
    Node *d = new_node(p, N_TYPESPEC, n->pos);
    d->name = n->name;
    if (TOK == T_LBRACK) {
        Pos pos = POS;
        next(p);
        if (TOK == T_IDENT) {
            Node *x = name(p);
            if (TOK != T_LBRACK) {
                p->xnest++;
                x = binary_expr(p, pexpr(p, x, false), 0);
                p->xnest--;
            }
            if (x->kind == N_IDENT && TOK != T_RBRACK) {
                /* type T[P any] ... */
                generics_error(p, pos);
                ParamCtx pc = {{0}, T_RBRACK};
                VEC_PUSH(pc.v, ((Param){x, NULL, x->pos}));
                got(p, T_COMMA);
                list(p, "type parameter list", T_COMMA, T_RBRACK, param_decl,
                     &pc);
                VEC_FREE(pc.v);
                if (got_assign(p)) d->flags |= NF_ALIAS;
                d->x = type_or_null(p);
            } else {
                d->x = array_type(p, pos, x);
            }
        } else if (got(p, T_RBRACK)) {
            d->x = slice_type(p, pos);
        } else {
            d->x = array_type(p, pos, NULL);
        }
    } else {
        if (got_assign(p)) d->flags |= NF_ALIAS;
        d->x = type_or_null(p);
    }
    if (!d->x) {
        d->x = bad_expr(p);
        syntax_error(p, "in type declaration");
        ADVANCE(p, T_SEMICOLON, T_RPAREN);
    }
    VEC_PUSH(*g->out, d);
}

/* VarSpec = IdentifierList ( Type [ "=" ExpressionList ]
 *                          | "=" ExpressionList ) . */
static void var_spec(Parser *p, Group *g) {
    Pos pos = POS;
    Node *d = new_node(p, N_VARSPEC, pos);
    d->list = name_list(p, name(p));
    if (got_assign(p)) {
        d->list2 = expr_list(p);
    } else {
        d->x = type_(p);
        if (got_assign(p)) d->list2 = expr_list(p);
    }
    VEC_PUSH(*g->out, d);
}

typedef void (*SpecFn)(Parser *p, Group *g);

typedef struct GroupCtx {
    SpecFn f;
    Group g;
} GroupCtx;

static bool group_elem(Parser *p, void *ctx) {
    GroupCtx *gc = ctx;
    gc->f(p, &gc->g);
    return false;
}

/* ImportDecl's group, as go/parser checks it: ';' after each spec. */
static void import_group(Parser *p, NodeVec *out) {
    Group g = {0, NULL, out};
    next(p);
    while (TOK != T_EOF && TOK != T_RPAREN) {
        import_spec(p, &g);
        if (TOK == T_RPAREN) break;
        if (TOK != T_SEMICOLON && !p->dead) {
            go_expected(p, "';'");
            p->dead = true;
            p->lx.tok = T_EOF;
            return;
        }
        next(p);
    }
    want(p, T_RPAREN);
}

/* Group = f | "(" { f ";" } ")" .  Appends the specs to out. */
static void append_group(Parser *p, NodeVec *out, SpecFn f) {
    GroupCtx gc = {f, {0, NULL, out}};
    if (f == import_spec && TOK == T_LPAREN) {
        import_group(p, out);
        return;
    }
    if (TOK == T_LPAREN) {
        clear_pragmas(p);
        next(p);
        list(p, "grouped declaration", T_SEMICOLON, T_RPAREN, group_elem, &gc);
    } else {
        f(p, &gc.g);
    }
}

/* FunctionDecl = "func" FunctionName Signature [ FunctionBody ] .
 * MethodDecl   = "func" Receiver MethodName Signature [ FunctionBody ] .
 * 'func' is consumed. */
static Node *func_decl_or_null(Parser *p) {
    Node *f = new_node(p, N_FUNCDECL, POS);
    take_pragmas(p, f);
    if (TOK == T_LPAREN) {
        next(p);
        List rcvr;
        param_list_fields(p, T_RPAREN, &rcvr);
        int nrecv = 0;
        for (int i = 0; i < rcvr.len; i++)
            nrecv += rcvr.items[i]->list.len ? rcvr.items[i]->list.len : 1;
        if (nrecv == 0) {
            error_at(p, POS, "method has no receiver");
        } else {
            if (nrecv > 1) error_at(p, POS, "method has multiple receivers");
            f->z = rcvr.items[0];
            if (f->z->list.len > 1) f->z->list.len = 1;
        }
    }
    if (TOK != T_IDENT) {
        syntax_error(p, "expecting name or (");
        ADVANCE(p, T_LBRACE, T_SEMICOLON);
        return NULL;
    }
    f->pos = POS;
    f->name = p->lx.lit;
    next(p);
    f->x = func_type(p, f->z ? "method" : "");
    if (TOK == T_LBRACE) {
        f->y = func_body(p);
        f->end = f->y->end;
    }
    return f;
}

/* ---------------------------------------------------------------- statements */

static Node *func_body(Parser *p) {
    p->fnest++;
    int outer_x = p->xnest;
    p->xnest = 0;
    Node *body = block_stmt(p, "");
    p->xnest = outer_x;
    p->fnest--;
    return body;
}

/* Block = "{" StatementList "}" . */
static Node *block_stmt(Parser *p, const char *context) {
    Node *s = new_node(p, N_BLOCK, POS);
    if (!got(p, T_LBRACE)) {
        syntax_error(p, arena_printf(&p->c->arena, "expecting { after %s",
                                     context));
        ADVANCE(p, T_IDENT, T_RBRACE);
        s->end = POS;
        if (got(p, T_RBRACE)) return s;
    }
    s->list = stmt_list(p);
    s->end = POS;
    want(p, T_RBRACE);
    return s;
}

/* ShortVarDecl, Assignment, IncDecStmt, SendStmt, ExpressionStmt,
 * and for a `for` header the RangeClause.  lhs may be given (parsed). */
static Node *range_clause(Parser *p, List lhs, Tok op) {
    Node *r = new_node(p, N_RANGE, POS);
    next(p); /* range */
    r->list = lhs;
    r->op = op;
    r->x = expr(p);
    return r;
}

static Node *simple_stmt(Parser *p, List lhs, Tok keyword) {
    if (keyword == T_FOR && TOK == T_RANGE && lhs.len == 0)
        return range_clause(p, lhs, 0);
    if (lhs.len == 0) lhs = expr_list(p);
    if (lhs.len == 1 && TOK != T_ASSIGN && TOK != T_DEFINE) {
        Pos pos = POS;
        Node *x = lhs.items[0];
        if (TOK >= T_ADD_ASSIGN && TOK <= T_AND_NOT_ASSIGN) {
            Node *a = new_node(p, N_ASSIGN, pos);
            a->op = TOK;
            next(p);
            a->list = lhs;
            a->list2 = list1(p, expr(p));
            return a;
        }
        if (TOK == T_INC || TOK == T_DEC) {
            Node *a = new_node(p, N_INCDEC, pos);
            a->op = TOK;
            next(p);
            a->x = x;
            return a;
        }
        if (TOK == T_ARROW) {
            Node *s = new_node(p, N_SEND, pos);
            next(p);
            s->x = x;
            s->y = expr(p);
            return s;
        }
        Node *s = new_node(p, N_EXPRSTMT, x->pos);
        s->x = x;
        return s;
    }
    if (TOK == T_ASSIGN || TOK == T_DEFINE) {
        Pos pos = POS;
        Tok op = TOK;
        next(p);
        if (keyword == T_FOR && TOK == T_RANGE)
            return range_clause(p, lhs, op);
        Node *a = new_node(p, N_ASSIGN, pos);
        a->op = op;
        a->list = lhs;
        a->list2 = expr_list(p);
        return a;
    }
    syntax_error(p, "expecting := or = or comma");
    ADVANCE(p, T_SEMICOLON, T_RBRACE);
    Node *s = new_node(p, N_EXPRSTMT, lhs.items[0]->pos);
    s->x = lhs.items[0];
    return s;
}

/* LabeledStmt = Label ":" Statement . */
static Node *labeled_stmt_or_null(Parser *p, Node *label) {
    Node *s = new_node(p, N_LABELED, label->pos);
    s->name = label->name;
    Pos colon = POS;
    want(p, T_COLON);
    if (TOK == T_RBRACE) {
        s->x = new_node(p, N_EMPTY, POS);
        return s;
    }
    s->x = stmt_or_null(p);
    if (s->x) return s;
    syntax_error_at(p, colon, "missing statement after label");
    return NULL;
}

/* DeclStmt = ConstDecl | TypeDecl | VarDecl . */
static Node *decl_stmt(Parser *p, SpecFn f) {
    Node *s = new_node(p, N_DECLSTMT, POS);
    next(p);
    NodeVec v = {0};
    append_group(p, &v, f);
    s->list = to_list(p, &v);
    return s;
}

/* Expression printed as in Go's "cannot use ... as value". */
static const char *stmt_string(Parser *p, Node *s) {
    Compiler *c = p->c;
    switch (s->kind) {
    case N_ASSIGN: {
        Buf b = {0};
        for (int i = 0; i < s->list.len; i++)
            buf_printf(&b, "%s%s", i ? ", " : "",
                       ast_string(c, s->list.items[i]));
        const char *lhs = arena_strdup(&c->arena, b.data ? b.data : "");
        buf_clear(&b);
        for (int i = 0; i < s->list2.len; i++)
            buf_printf(&b, "%s%s", i ? ", " : "",
                       ast_string(c, s->list2.items[i]));
        const char *rhs = arena_strdup(&c->arena, b.data ? b.data : "");
        buf_free(&b);
        if (s->op == T_ASSIGN)
            return arena_printf(&c->arena, "assignment (%s) = (%s)", lhs, rhs);
        return arena_printf(&c->arena, "%s %s %s", lhs, tok_string(s->op),
                            rhs);
    }
    case N_INCDEC:
        return arena_printf(&c->arena, "%s%s", ast_string(c, s->x),
                            tok_string(s->op));
    case N_SEND:
        return arena_printf(&c->arena, "%s <- %s", ast_string(c, s->x),
                            ast_string(c, s->y));
    case N_RANGE:
        return arena_printf(&c->arena, "range %s", ast_string(c, s->x));
    default:
        return "statement";
    }
}

typedef struct Header {
    Node *init, *cond, *post;
} Header;

static bool is_type_guard(Node *x) {
    return x && x->kind == N_TYPEASSERT && x->y == NULL;
}

/* Is the switch header statement s a type switch guard?  (`x.(type)` or
 * `v := x.(type)`) */
static bool is_type_switch_stmt(Node *s) {
    if (!s) return false;
    if (s->kind == N_EXPRSTMT) return is_type_guard(s->x);
    return s->kind == N_ASSIGN && s->op == T_DEFINE && s->list.len == 1 &&
           s->list.items[0]->kind == N_IDENT && s->list2.len == 1 &&
           is_type_guard(s->list2.items[0]);
}

/* Header of if/for/switch:
 *   [ SimpleStmt ";" ] Expression           (if, switch)
 *   [ InitStmt ] ";" [ Condition ] ";" [ PostStmt ] | Condition | RangeClause
 * For a switch, a type switch guard is returned as the statement itself
 * (N_EXPRSTMT or N_ASSIGN) in cond. */
static Header header(Parser *p, Tok keyword) {
    Header h = {NULL, NULL, NULL};
    want(p, keyword);
    if (TOK == T_LBRACE) {
        if (keyword == T_IF) {
            syntax_error(p, "missing condition in if statement");
            h.cond = bad_expr(p);
        }
        return h;
    }
    int outer = p->xnest;
    p->xnest = -1;
    List none = {0};
    if (TOK != T_SEMICOLON) {
        if (got(p, T_VAR))
            syntax_error(p, arena_printf(&p->c->arena,
                                         "var declaration not allowed in %s "
                                         "initializer",
                                         tokstring(keyword)));
        h.init = simple_stmt(p, none, keyword);
        if (h.init->kind == N_RANGE) {
            p->xnest = outer;
            return h;
        }
    }
    Node *cond_stmt = NULL;
    Pos semi_pos = {0, 0, 0};
    const char *semi_lit = NULL;
    if (TOK != T_LBRACE) {
        if (TOK == T_SEMICOLON) {
            semi_pos = POS;
            semi_lit = p->lx.lit;
            next(p);
        } else {
            want(p, T_LBRACE);
            if (TOK != T_LBRACE) ADVANCE(p, T_LBRACE, T_RBRACE);
        }
        if (keyword == T_FOR) {
            if (TOK != T_SEMICOLON) {
                if (TOK == T_LBRACE) {
                    syntax_error(p, "expecting for loop condition");
                    goto done;
                }
                cond_stmt = simple_stmt(p, none, 0);
            }
            want(p, T_SEMICOLON);
            if (TOK != T_LBRACE) {
                h.post = simple_stmt(p, none, 0);
                if (h.post->kind == N_ASSIGN && h.post->op == T_DEFINE)
                    syntax_error_at(p, h.post->pos,
                                    "cannot declare in post statement of "
                                    "for loop");
            }
        } else if (TOK != T_LBRACE) {
            cond_stmt = simple_stmt(p, none, keyword);
        }
    } else {
        cond_stmt = h.init;
        h.init = NULL;
    }
done:
    if (!cond_stmt) {
        if (keyword == T_IF && semi_pos.line) {
            if (strcmp(semi_lit, "semicolon") != 0)
                syntax_error_at(p, semi_pos,
                                arena_printf(&p->c->arena,
                                             "unexpected %s, expecting { "
                                             "after if clause",
                                             semi_lit));
            else
                syntax_error_at(p, semi_pos,
                                "missing condition in if statement");
            h.cond = new_node(p, N_BAD, semi_pos);
        }
    } else if (keyword == T_SWITCH && is_type_switch_stmt(cond_stmt)) {
        h.cond = cond_stmt;
    } else if (cond_stmt->kind == N_EXPRSTMT) {
        h.cond = cond_stmt->x;
    } else {
        syntax_error_at(p, cond_stmt->pos,
                        arena_printf(&p->c->arena, "cannot use %s as value",
                                     stmt_string(p, cond_stmt)));
        h.cond = new_node(p, N_BAD, cond_stmt->pos);
    }
    p->xnest = outer;
    return h;
}

/* ForStmt = "for" [ Condition | ForClause | RangeClause ] Block . */
static Node *for_stmt(Parser *p) {
    Pos pos = POS;
    Header h = header(p, T_FOR);
    Node *s;
    if (h.init && h.init->kind == N_RANGE) {
        s = h.init;
        s->pos = pos;
    } else {
        s = new_node(p, N_FOR, pos);
        s->x = h.init;
        s->y = h.cond;
        s->z = h.post;
    }
    s->w = block_stmt(p, "for clause");
    return s;
}

/* IfStmt = "if" [ SimpleStmt ";" ] Expression Block
 *          [ "else" ( IfStmt | Block ) ] . */
static Node *if_stmt(Parser *p) {
    Node *s = new_node(p, N_IF, POS);
    Header h = header(p, T_IF);
    s->x = h.init;
    s->y = h.cond;
    s->z = block_stmt(p, "if clause");
    if (got(p, T_ELSE)) {
        if (TOK == T_IF) {
            if (enter(p)) {
                s->w = if_stmt(p);
                leave(p);
            }
        } else if (TOK == T_LBRACE) {
            s->w = block_stmt(p, "");
        } else {
            syntax_error(p, "else must be followed by if or statement block");
            ADVANCE(p, T_IDENT, T_RBRACE);
        }
    }
    return s;
}

/* ExprCaseClause = ExprSwitchCase ":" StatementList .
 * ExprSwitchCase = "case" ExpressionList | "default" . */
static Node *case_clause(Parser *p) {
    Node *c = new_node(p, N_CASE, POS);
    if (TOK == T_CASE) {
        next(p);
        c->list = expr_list(p);
    } else if (TOK == T_DEFAULT) {
        next(p);
    } else {
        syntax_error(p, "expecting case or default or }");
        ADVANCE(p, T_COLON, T_CASE, T_DEFAULT, T_RBRACE);
    }
    want(p, T_COLON);
    c->list2 = stmt_list(p);
    return c;
}

/* SwitchStmt = "switch" [ SimpleStmt ";" ] [ Expression | TypeSwitchGuard ]
 *              "{" { CaseClause } "}" . */
static Node *switch_stmt(Parser *p) {
    Node *s = new_node(p, N_SWITCH, POS);
    Header h = header(p, T_SWITCH);
    s->x = h.init;
    s->y = h.cond;
    if (is_type_switch_stmt(h.cond)) s->kind = N_TYPESWITCH;
    if (!got(p, T_LBRACE)) {
        syntax_error(p, "missing { after switch clause");
        ADVANCE(p, T_CASE, T_DEFAULT, T_RBRACE);
    }
    NodeVec v = {0};
    while (TOK != T_EOF && TOK != T_RBRACE) VEC_PUSH(v, case_clause(p));
    s->list = to_list(p, &v);
    s->end = POS;
    want(p, T_RBRACE);
    return s;
}

/* CommClause = CommCase ":" StatementList .
 * CommCase   = "case" ( SendStmt | RecvStmt ) | "default" . */
static Node *comm_clause(Parser *p) {
    Node *c = new_node(p, N_COMMCASE, POS);
    List none = {0};
    if (TOK == T_CASE) {
        next(p);
        c->x = simple_stmt(p, none, 0);
    } else if (TOK == T_DEFAULT) {
        next(p);
    } else {
        syntax_error(p, "expecting case or default or }");
        ADVANCE(p, T_COLON, T_CASE, T_DEFAULT, T_RBRACE);
    }
    want(p, T_COLON);
    c->list = stmt_list(p);
    return c;
}

/* SelectStmt = "select" "{" { CommClause } "}" . */
static Node *select_stmt(Parser *p) {
    Node *s = new_node(p, N_SELECT, POS);
    want(p, T_SELECT);
    if (!got(p, T_LBRACE)) {
        syntax_error(p, "missing { after select clause");
        ADVANCE(p, T_CASE, T_DEFAULT, T_RBRACE);
    }
    NodeVec v = {0};
    while (TOK != T_EOF && TOK != T_RBRACE) VEC_PUSH(v, comm_clause(p));
    s->list = to_list(p, &v);
    s->end = POS;
    want(p, T_RBRACE);
    return s;
}

/* GoStmt = "go" Expression .  DeferStmt = "defer" Expression . */
static Node *call_stmt(Parser *p) {
    Node *s = new_node(p, TOK == T_GO ? N_GO : N_DEFER, POS);
    const char *kw = TOK == T_GO ? "go" : "defer";
    next(p);
    Node *x = pexpr(p, NULL, TOK == T_LPAREN);
    Node *t = unparen(x);
    if (t != x) {
        error_at(p, x->pos, arena_printf(&p->c->arena,
                                         "expression in %s must not be "
                                         "parenthesized",
                                         kw));
        x = t;
    }
    if (x->kind != N_CALL) {
        error_at(p, x->pos, arena_printf(&p->c->arena,
                                         "expression in %s must be function "
                                         "call",
                                         kw));
        Node *cx = new_node(p, N_CALL, x->pos);
        cx->x = x;
        x = cx;
    }
    s->x = x;
    return s;
}

static Node *branch(Parser *p, Tok t) {
    Node *s = new_node(p, N_BRANCH, POS);
    s->op = t;
    next(p);
    return s;
}

static Node *stmt_or_null_inner(Parser *p) {
    List none = {0};
    if (TOK == T_IDENT) {
        clear_pragmas(p);
        List lhs = expr_list(p);
        if (lhs.len == 1 && lhs.items[0]->kind == N_IDENT && TOK == T_COLON)
            return labeled_stmt_or_null(p, lhs.items[0]);
        return simple_stmt(p, lhs, 0);
    }
    switch (TOK) {
    case T_VAR: return decl_stmt(p, var_spec);
    case T_CONST: return decl_stmt(p, const_spec);
    case T_TYPE: return decl_stmt(p, type_spec);
    default: break;
    }
    clear_pragmas(p);
    switch (TOK) {
    case T_LBRACE: return block_stmt(p, "");
    case T_ADD: case T_SUB: case T_MUL: case T_AND: case T_XOR: case T_NOT:
    case T_INT: case T_FLOAT: case T_IMAG: case T_CHAR: case T_STRING:
    case T_FUNC: case T_LPAREN: case T_LBRACK: case T_STRUCT: case T_MAP:
    case T_CHAN: case T_INTERFACE: case T_ARROW:
        return simple_stmt(p, none, 0);
    case T_FOR: return for_stmt(p);
    case T_SWITCH: return switch_stmt(p);
    case T_SELECT: return select_stmt(p);
    case T_IF: return if_stmt(p);
    case T_FALLTHROUGH: return branch(p, T_FALLTHROUGH);
    case T_BREAK:
    case T_CONTINUE: {
        Node *s = branch(p, TOK);
        if (TOK == T_IDENT) {
            s->name = p->lx.lit;
            next(p);
        }
        return s;
    }
    case T_GO:
    case T_DEFER:
        return call_stmt(p);
    case T_GOTO: {
        Node *s = branch(p, T_GOTO);
        s->name = name(p)->name;
        return s;
    }
    case T_RETURN: {
        Node *s = new_node(p, N_RETURN, POS);
        next(p);
        if (TOK != T_SEMICOLON && TOK != T_RBRACE) s->list = expr_list(p);
        return s;
    }
    case T_SEMICOLON:
        return new_node(p, N_EMPTY, POS);
    default:
        return NULL;
    }
}

/* Statement, or NULL if none starts here. */
static Node *stmt_or_null(Parser *p) {
    if (!enter(p)) {
        return NULL;
    }
    Node *s = stmt_or_null_inner(p);
    leave(p);
    return s;
}

/* StatementList = { Statement ";" } . */
static List stmt_list(Parser *p) {
    NodeVec v = {0};
    while (TOK != T_EOF && TOK != T_RBRACE && TOK != T_CASE &&
           TOK != T_DEFAULT) {
        Node *s = stmt_or_null(p);
        clear_pragmas(p);
        if (!s) break;
        VEC_PUSH(v, s);
        if (!got(p, T_SEMICOLON) && TOK != T_RBRACE) {
            syntax_error(p, "at end of statement");
            ADVANCE(p, T_SEMICOLON, T_RBRACE, T_CASE, T_DEFAULT);
            got(p, T_SEMICOLON);
        }
    }
    return to_list(p, &v);
}

/* ---------------------------------------------------------------- file */

/* SourceFile = PackageClause ";" { ImportDecl ";" } { TopLevelDecl ";" } . */
static void source_file(Parser *p, File *f) {
    if (!got(p, T_PACKAGE)) {
        go_expected(p, "'package'");
        return;
    }
    clear_pragmas(p);
    if (TOK != T_IDENT) {
        go_expected(p, "'IDENT'");
        return;
    }
    f->pkgname = name(p)->name;
    want(p, T_SEMICOLON);
    if (had_errors(p)) return;

    NodeVec imports = {0}, decls = {0};
    while (got(p, T_IMPORT)) {
        append_group(p, &imports, import_spec);
        want(p, T_SEMICOLON);
    }
    while (TOK != T_EOF) {
        switch (TOK) {
        case T_CONST: next(p); append_group(p, &decls, const_spec); break;
        case T_TYPE: next(p); append_group(p, &decls, type_spec); break;
        case T_VAR: next(p); append_group(p, &decls, var_spec); break;
        case T_FUNC: {
            next(p);
            Node *d = func_decl_or_null(p);
            if (d) VEC_PUSH(decls, d);
            break;
        }
        default: {
            Node *last = decls.len ? decls.items[decls.len - 1] : NULL;
            if (TOK == T_LBRACE && last && last->kind == N_FUNCDECL &&
                !last->y)
                syntax_error(p, "unexpected semicolon or newline before {");
            else
                syntax_error(p, "non-declaration statement outside function "
                                "body");
            ADVANCE(p, T_CONST, T_TYPE, T_VAR, T_FUNC);
            continue;
        }
        }
        clear_pragmas(p);
        if (TOK != T_EOF && !got(p, T_SEMICOLON)) {
            syntax_error(p, "after top level declaration");
            ADVANCE(p, T_CONST, T_TYPE, T_VAR, T_FUNC);
        }
    }
    f->imports = to_list(p, &imports);
    f->decls = to_list(p, &decls);
}

File *parse_file(Compiler *c, const char *path, const char *src, size_t len) {
    File *f = arena_alloc(&c->arena, sizeof(File));
    f->path = arena_strdup(&c->arena, path);
    char *copy = arena_alloc(&c->arena, len + 1);
    memcpy(copy, src, len);
    f->src = copy;
    f->len = len;
    VEC_PUSH(c->files, f);
    Parser p = {0};
    p.c = c;
    p.stack_base = (uintptr_t)&p;
    p.errors0 = c->nerrors;
    lex_init(&p.lx, c, c->files.len - 1, copy, len);
    next(&p);
    source_file(&p, f);
    return f;
}
