// A tokenizer and recursive-descent calculator with variables, integer
// and float values, assignment statements, error positions and a REPL-like
// transcript.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Kind int

const (
	EOF Kind = iota
	NUM
	IDENT
	OP
	LPAREN
	RPAREN
	ASSIGN
)

var kindNames = [...]string{"EOF", "NUM", "IDENT", "OP", "(", ")", "="}

func (k Kind) String() string { return kindNames[k] }

type Token struct {
	Kind Kind
	Text string
	Pos  int
}

func (t Token) String() string { return fmt.Sprintf("%v(%q)@%d", t.Kind, t.Text, t.Pos) }

type SyntaxError struct {
	Pos int
	Msg string
}

func (e *SyntaxError) Error() string { return fmt.Sprintf("col %d: %s", e.Pos+1, e.Msg) }

func tokenize(src string) ([]Token, error) {
	var toks []Token
	i := 0
	for i < len(src) {
		c := src[i]
		switch {
		case c == ' ' || c == '\t':
			i++
		case c >= '0' && c <= '9' || c == '.':
			j := i
			for j < len(src) && (src[j] >= '0' && src[j] <= '9' || src[j] == '.') {
				j++
			}
			toks = append(toks, Token{NUM, src[i:j], i})
			i = j
		case c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			j := i
			for j < len(src) && (src[j] == '_' || src[j] >= 'a' && src[j] <= 'z' || src[j] >= 'A' && src[j] <= 'Z' || src[j] >= '0' && src[j] <= '9') {
				j++
			}
			toks = append(toks, Token{IDENT, src[i:j], i})
			i = j
		case strings.IndexByte("+-*/%^", c) >= 0:
			toks = append(toks, Token{OP, string(c), i})
			i++
		case c == '(':
			toks = append(toks, Token{LPAREN, "(", i})
			i++
		case c == ')':
			toks = append(toks, Token{RPAREN, ")", i})
			i++
		case c == '=':
			toks = append(toks, Token{ASSIGN, "=", i})
			i++
		default:
			return nil, &SyntaxError{i, fmt.Sprintf("unexpected character %q", c)}
		}
	}
	toks = append(toks, Token{EOF, "", len(src)})
	return toks, nil
}

type Calc struct {
	vars map[string]float64
	toks []Token
	pos  int
}

func (c *Calc) peek() Token { return c.toks[c.pos] }
func (c *Calc) next() Token {
	t := c.toks[c.pos]
	if t.Kind != EOF {
		c.pos++
	}
	return t
}

func (c *Calc) fail(t Token, format string, args ...interface{}) {
	panic(&SyntaxError{t.Pos, fmt.Sprintf(format, args...)})
}

// expr := term { ("+"|"-") term }
func (c *Calc) expr() float64 {
	v := c.term()
	for t := c.peek(); t.Kind == OP && (t.Text == "+" || t.Text == "-"); t = c.peek() {
		c.next()
		if t.Text == "+" {
			v += c.term()
		} else {
			v -= c.term()
		}
	}
	return v
}

// term := power { ("*"|"/"|"%") power }
func (c *Calc) term() float64 {
	v := c.power()
	for t := c.peek(); t.Kind == OP && strings.Contains("*/%", t.Text); t = c.peek() {
		c.next()
		r := c.power()
		switch t.Text {
		case "*":
			v *= r
		case "/":
			if r == 0 {
				c.fail(t, "division by zero")
			}
			v /= r
		case "%":
			v = float64(int64(v) % int64(r))
		}
	}
	return v
}

// power := unary [ "^" power ]
func (c *Calc) power() float64 {
	b := c.unary()
	if t := c.peek(); t.Kind == OP && t.Text == "^" {
		c.next()
		e := c.power()
		r := 1.0
		for i := 0; i < int(e); i++ {
			r *= b
		}
		return r
	}
	return b
}

// unary := "-" unary | primary
func (c *Calc) unary() float64 {
	if t := c.peek(); t.Kind == OP && t.Text == "-" {
		c.next()
		return -c.unary()
	}
	return c.primary()
}

// primary := NUM | IDENT | "(" expr ")"
func (c *Calc) primary() float64 {
	t := c.next()
	switch t.Kind {
	case NUM:
		f, err := strconv.ParseFloat(t.Text, 64)
		if err != nil {
			c.fail(t, "bad number %s", t.Text)
		}
		return f
	case IDENT:
		v, ok := c.vars[t.Text]
		if !ok {
			c.fail(t, "unknown variable %s", t.Text)
		}
		return v
	case LPAREN:
		v := c.expr()
		if r := c.next(); r.Kind != RPAREN {
			c.fail(r, "expected ), found %v", r)
		}
		return v
	}
	c.fail(t, "unexpected %v", t.Kind)
	return 0
}

func (c *Calc) Run(line string) (result string, err error) {
	toks, err := tokenize(line)
	if err != nil {
		return "", err
	}
	c.toks, c.pos = toks, 0
	defer func() {
		if r := recover(); r != nil {
			se, ok := r.(*SyntaxError)
			if !ok {
				panic(r)
			}
			err = se
		}
	}()
	target := ""
	if len(toks) > 2 && toks[0].Kind == IDENT && toks[1].Kind == ASSIGN {
		target = toks[0].Text
		c.pos = 2
	}
	v := c.expr()
	if t := c.peek(); t.Kind != EOF {
		c.fail(t, "unexpected %v after expression", t)
	}
	if target != "" {
		c.vars[target] = v
		return fmt.Sprintf("%s = %g", target, v), nil
	}
	if v == float64(int64(v)) {
		return strconv.FormatInt(int64(v), 10), nil
	}
	return strconv.FormatFloat(v, 'f', 4, 64), nil
}

func main() {
	c := &Calc{vars: map[string]float64{"pi": 3.14159265}}
	lines := []string{
		"1 + 2 * 3", "(1 + 2) * 3", "2 ^ 10", "2 ^ 3 ^ 2", "-3 - -4",
		"x = 7", "y = x * 2 + 1", "y / 4", "y % 4", "r = 2.5", "pi * r ^ 2",
		"10 / (x - 7)", "z + 1", "3 + * 4", "(1 + 2", "4 $ 2", "1.2.3", "x y",
		"big = 2 ^ 62", "big * 4",
	}
	var se *SyntaxError
	for _, l := range lines {
		out, err := c.Run(l)
		switch {
		case errors.As(err, &se):
			fmt.Printf("%-14s ! %v\n%s^\n", l, err, strings.Repeat(" ", se.Pos+17))
		case err != nil:
			fmt.Printf("%-14s ! %v\n", l, err)
		default:
			fmt.Printf("%-14s = %s\n", l, out)
		}
	}
	toks, _ := tokenize("a=(b+12)")
	fmt.Println(toks)
	fmt.Printf("%d vars, x=%v y=%v\n", len(c.vars), c.vars["x"], c.vars["y"])
}
