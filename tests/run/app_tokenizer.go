package main

import (
	"fmt"
	"strings"
	"unicode"
)

type Kind int

const (
	EOF Kind = iota
	Ident
	Number
	String
	Punct
	Keyword
)

func (k Kind) String() string {
	return [...]string{"EOF", "Ident", "Number", "String", "Punct", "Keyword"}[k]
}

type Token struct {
	Kind Kind
	Text string
	Line int
}

var keywords = map[string]bool{"func": true, "return": true, "if": true, "var": true}

func lex(src string) ([]Token, error) {
	var toks []Token
	line := 1
	rs := []rune(src)
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case r == '\n':
			line++
			i++
		case unicode.IsSpace(r):
			i++
		case r == '/' && i+1 < len(rs) && rs[i+1] == '/':
			for i < len(rs) && rs[i] != '\n' {
				i++
			}
		case unicode.IsLetter(r) || r == '_':
			j := i
			for j < len(rs) && (unicode.IsLetter(rs[j]) || unicode.IsDigit(rs[j]) || rs[j] == '_') {
				j++
			}
			w := string(rs[i:j])
			k := Ident
			if keywords[w] {
				k = Keyword
			}
			toks = append(toks, Token{k, w, line})
			i = j
		case unicode.IsDigit(r):
			j := i
			for j < len(rs) && (unicode.IsDigit(rs[j]) || rs[j] == '.') {
				j++
			}
			toks = append(toks, Token{Number, string(rs[i:j]), line})
			i = j
		case r == '"':
			j := i + 1
			for j < len(rs) && rs[j] != '"' {
				if rs[j] == '\n' {
					return toks, fmt.Errorf("line %d: unterminated string", line)
				}
				j++
			}
			if j >= len(rs) {
				return toks, fmt.Errorf("line %d: unterminated string", line)
			}
			toks = append(toks, Token{String, string(rs[i+1 : j]), line})
			i = j + 1
		case strings.ContainsRune("(){}+-*/=<>,;:", r):
			if i+1 < len(rs) && (r == ':' || r == '=' || r == '<' || r == '>') && rs[i+1] == '=' {
				toks = append(toks, Token{Punct, string(rs[i : i+2]), line})
				i += 2
			} else {
				toks = append(toks, Token{Punct, string(r), line})
				i++
			}
		default:
			return toks, fmt.Errorf("line %d: unexpected %q", line, r)
		}
	}
	return append(toks, Token{EOF, "", line}), nil
}

const src = `func add(a, b) {
	// sum two values
	return a + b
}
var x := add(3.14, 42) // call
if x >= 10 { print("größer") }`

func main() {
	toks, err := lex(src)
	fmt.Println(len(toks), err)
	counts := map[Kind]int{}
	for _, t := range toks {
		counts[t.Kind]++
		fmt.Printf("%d:%s:%q ", t.Line, t.Kind, t.Text)
	}
	fmt.Println()
	fmt.Println(counts)
	_, err = lex("x = \"open\ny\"")
	fmt.Println(err)
	toks, err = lex("a $ b")
	fmt.Println(toks, err)
}
