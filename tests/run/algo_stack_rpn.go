package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Stack struct{ data []float64 }

func (s *Stack) Push(v float64) { s.data = append(s.data, v) }
func (s *Stack) Pop() (float64, error) {
	if len(s.data) == 0 {
		return 0, errors.New("stack underflow")
	}
	v := s.data[len(s.data)-1]
	s.data = s.data[:len(s.data)-1]
	return v, nil
}

func evalRPN(expr string) (float64, error) {
	var s Stack
	for _, tok := range strings.Fields(expr) {
		switch tok {
		case "+", "-", "*", "/":
			b, err := s.Pop()
			if err != nil {
				return 0, err
			}
			a, err := s.Pop()
			if err != nil {
				return 0, err
			}
			switch tok {
			case "+":
				s.Push(a + b)
			case "-":
				s.Push(a - b)
			case "*":
				s.Push(a * b)
			case "/":
				if b == 0 {
					return 0, fmt.Errorf("division by zero")
				}
				s.Push(a / b)
			}
		default:
			v, err := strconv.ParseFloat(tok, 64)
			if err != nil {
				return 0, fmt.Errorf("bad token %q", tok)
			}
			s.Push(v)
		}
	}
	if len(s.data) != 1 {
		return 0, fmt.Errorf("malformed: %d values left", len(s.data))
	}
	return s.data[0], nil
}

func balanced(s string) bool {
	pairs := map[rune]rune{')': '(', ']': '[', '}': '{'}
	var st []rune
	for _, r := range s {
		switch r {
		case '(', '[', '{':
			st = append(st, r)
		case ')', ']', '}':
			if len(st) == 0 || st[len(st)-1] != pairs[r] {
				return false
			}
			st = st[:len(st)-1]
		}
	}
	return len(st) == 0
}

func main() {
	for _, e := range []string{"3 4 +", "5 1 2 + 4 * + 3 -", "2 3 4 * +", "1 0 /", "1 +", "1 2", "4 x *", "10 4 /"} {
		v, err := evalRPN(e)
		fmt.Printf("%-20q => %v, %v\n", e, v, err)
	}
	for _, s := range []string{"", "()", "([]{})", "([)]", "((", "}{", "f(a[1], {b: 2})"} {
		fmt.Printf("%q:%v ", s, balanced(s))
	}
	fmt.Println()
	q := []string{}
	q = append(q, "a", "b", "c")
	for len(q) > 0 {
		var head string
		head, q = q[0], q[1:]
		fmt.Print(head, len(q), " ")
		if head == "a" {
			q = append(q, "d")
		}
	}
	fmt.Println()
}
