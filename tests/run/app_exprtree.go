// An expression parser and evaluator: Pratt parsing into an AST of
// interface nodes, variables, function calls, constant folding and errors.
package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode"
)

type Node interface {
	Eval(env map[string]float64) (float64, error)
	String() string
}

type Num float64
type Var string
type Unary struct {
	Op rune
	X  Node
}
type Binary struct {
	Op   rune
	L, R Node
}
type Call struct {
	Fn   string
	Args []Node
}

func (n Num) Eval(map[string]float64) (float64, error) { return float64(n), nil }
func (n Num) String() string                          { return strconv.FormatFloat(float64(n), 'g', -1, 64) }

func (v Var) Eval(env map[string]float64) (float64, error) {
	if x, ok := env[string(v)]; ok {
		return x, nil
	}
	return 0, fmt.Errorf("undefined variable %q", string(v))
}
func (v Var) String() string { return string(v) }

func (u *Unary) Eval(env map[string]float64) (float64, error) {
	x, err := u.X.Eval(env)
	if err != nil {
		return 0, err
	}
	return -x, nil
}
func (u *Unary) String() string { return "(" + string(u.Op) + u.X.String() + ")" }

var ErrDivZero = errors.New("division by zero")

func (b *Binary) Eval(env map[string]float64) (float64, error) {
	l, err := b.L.Eval(env)
	if err != nil {
		return 0, err
	}
	r, err := b.R.Eval(env)
	if err != nil {
		return 0, err
	}
	switch b.Op {
	case '+':
		return l + r, nil
	case '-':
		return l - r, nil
	case '*':
		return l * r, nil
	case '/':
		if r == 0 {
			return 0, ErrDivZero
		}
		return l / r, nil
	case '^':
		return math.Pow(l, r), nil
	case '%':
		return math.Mod(l, r), nil
	}
	return 0, fmt.Errorf("bad operator %c", b.Op)
}
func (b *Binary) String() string { return fmt.Sprintf("(%v %c %v)", b.L, b.Op, b.R) }

var funcs = map[string]func(...float64) (float64, error){
	"sqrt": func(a ...float64) (float64, error) {
		if len(a) != 1 {
			return 0, errors.New("sqrt takes 1 argument")
		}
		return math.Sqrt(a[0]), nil
	},
	"max": func(a ...float64) (float64, error) {
		if len(a) == 0 {
			return 0, errors.New("max of nothing")
		}
		m := a[0]
		for _, x := range a[1:] {
			m = math.Max(m, x)
		}
		return m, nil
	},
	"hypot": func(a ...float64) (float64, error) { return math.Hypot(a[0], a[1]), nil },
}

func (c *Call) Eval(env map[string]float64) (float64, error) {
	f, ok := funcs[c.Fn]
	if !ok {
		return 0, fmt.Errorf("unknown function %s", c.Fn)
	}
	args := make([]float64, len(c.Args))
	for i, a := range c.Args {
		v, err := a.Eval(env)
		if err != nil {
			return 0, fmt.Errorf("%s arg %d: %w", c.Fn, i, err)
		}
		args[i] = v
	}
	return f(args...)
}
func (c *Call) String() string {
	parts := make([]string, len(c.Args))
	for i, a := range c.Args {
		parts[i] = a.String()
	}
	return c.Fn + "(" + strings.Join(parts, ", ") + ")"
}

type parser struct {
	src []rune
	pos int
}

func (p *parser) skip() {
	for p.pos < len(p.src) && unicode.IsSpace(p.src[p.pos]) {
		p.pos++
	}
}

func (p *parser) peek() rune {
	p.skip()
	if p.pos >= len(p.src) {
		return 0
	}
	return p.src[p.pos]
}

func prec(op rune) (int, bool) {
	switch op {
	case '+', '-':
		return 1, false
	case '*', '/', '%':
		return 2, false
	case '^':
		return 3, true
	}
	return 0, false
}

func (p *parser) expr(min int) Node {
	lhs := p.primary()
	for {
		op := p.peek()
		pr, right := prec(op)
		if pr == 0 || pr < min {
			return lhs
		}
		p.pos++
		next := pr + 1
		if right {
			next = pr
		}
		lhs = &Binary{op, lhs, p.expr(next)}
	}
}

func (p *parser) primary() Node {
	c := p.peek()
	switch {
	case c == '(':
		p.pos++
		n := p.expr(1)
		if p.peek() != ')' {
			panic(fmt.Sprintf("expected ) at %d", p.pos))
		}
		p.pos++
		return n
	case c == '-':
		p.pos++
		return &Unary{'-', p.expr(3)}
	case unicode.IsDigit(c) || c == '.':
		start := p.pos
		for p.pos < len(p.src) && (unicode.IsDigit(p.src[p.pos]) || p.src[p.pos] == '.') {
			p.pos++
		}
		f, err := strconv.ParseFloat(string(p.src[start:p.pos]), 64)
		if err != nil {
			panic(err.Error())
		}
		return Num(f)
	case unicode.IsLetter(c):
		start := p.pos
		for p.pos < len(p.src) && (unicode.IsLetter(p.src[p.pos]) || unicode.IsDigit(p.src[p.pos])) {
			p.pos++
		}
		name := string(p.src[start:p.pos])
		if p.peek() != '(' {
			return Var(name)
		}
		p.pos++
		call := &Call{Fn: name}
		for p.peek() != ')' {
			call.Args = append(call.Args, p.expr(1))
			if p.peek() == ',' {
				p.pos++
			}
		}
		p.pos++
		return call
	}
	panic(fmt.Sprintf("unexpected %q at %d", c, p.pos))
}

func parse(s string) (n Node, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("parse %q: %v", s, r)
		}
	}()
	p := &parser{src: []rune(s)}
	n = p.expr(1)
	if p.peek() != 0 {
		panic(fmt.Sprintf("trailing %q", string(p.src[p.pos:])))
	}
	return n, nil
}

func main() {
	env := map[string]float64{"x": 3, "y": 4, "pi": math.Pi}
	inputs := []string{
		"1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-x ^ 2", "hypot(x, y)",
		"max(1, x, y * 2, 7.5)", "10 / (y - 4)", "sqrt(2) * sqrt(2)", "z + 1",
		"17 % 5 + 0.1", "2 * pi", "1 +", "3 $ 4", "max()", "sqrt(z)",
		"1e3", "0.1 + 0.2", "1 / 3",
	}
	for _, in := range inputs {
		n, err := parse(in)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		v, err := n.Eval(env)
		switch {
		case errors.Is(err, ErrDivZero):
			fmt.Printf("%-24s = %s  [div0]\n", n, err)
		case err != nil:
			fmt.Printf("%-24s = error: %v\n", n, err)
		default:
			fmt.Printf("%-24s = %.6g (%v)\n", n, v, v)
		}
	}
}
