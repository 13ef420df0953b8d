// Writes tests/unit/fmt_cases.h: Sprintf results of Go 1.19 for every
// format line of formats.txt applied to the values built in main (the same
// values test_fmt.c builds by hand).
//
//	cd tests/unit/gen/fmt_cases && go run . > ../../fmt_cases.h
package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

type T struct {
	A int
	B string
	c float64
}
type S int

func (S) String() string { return "S!" }

type E struct{}

func (E) Error() string { return "boom" }

type U struct {
	T T
	P *int
	L []string
	M map[int]bool
	E any
	s S
	X S
}

func cstr(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '"' || c == '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c == '?':
			b.WriteString("\\?")
		case c < 0x20 || c >= 0x7f:
			fmt.Fprintf(&b, "\\%03o", c)
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte('"')
	return b.String()
}

func main() {
	vals := []any{42, -7, "héllo\n", 3.14159, 1e21, true, []int{1, 2, 3}, T{1, "x", 2.5}, &T{2, "y", 0},
		map[string]int{"b": 2, "a": 1}, []byte("hi"), uint8(200), nil, S(3), E{},
		U{T{3, "z", 1}, nil, []string{"p", "q"}, map[int]bool{2: true, 1: false}, 7, 4, 5},
		'x', rune(0x4e16), float32(0.1), []any{1, "a", nil}, [2]bool{true, false}, 0.000001, 100000.0, 1e20, -0.0, int8(-128), uint64(1<<64 - 1), "", []string(nil), map[string]int(nil), &[]int{5}, &map[int]string{1: "a"}}
	fmt.Println("/* fmt_cases.h — test-only, generated with Go 1.19 (see test_fmt.c):")
	fmt.Println(" * Sprintf(format, vals[i]) as Go prints it; formats with two verbs")
	fmt.Println(" * get (vals[i], i), formats with '*' get (4, vals[i]). */")
	fmt.Println("static const struct { const char *format; int val; const char *want; } fmt_cases[] = {")
	defer fmt.Println("};")
	f, _ := os.Open("formats.txt")
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fm := sc.Text()
		for i, v := range vals {
			var s string
			n := strings.Count(fm, "%") - 2*strings.Count(fm, "%%")
			switch {
			case strings.Contains(fm, "*"):
				s = fmt.Sprintf(fm, 4, v)
			case n >= 2:
				s = fmt.Sprintf(fm, v, i)
			default:
				s = fmt.Sprintf(fm, v)
			}
			fmt.Printf("  {%s, %d, %s},\n", cstr(fm), i, cstr(s))
		}
	}
}
