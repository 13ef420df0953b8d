// A JSON-like value model and pretty printer written by hand: a tagged
// tree of interface values, sorted object keys, string escaping, a compact
// and an indented form, and a tiny path query.
package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Value interface{}

type Object map[string]Value
type Array []Value

func quote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\t':
			b.WriteString(`\t`)
		default:
			if r < 0x20 {
				fmt.Fprintf(&b, `\u%04x`, r)
			} else {
				b.WriteRune(r)
			}
		}
	}
	b.WriteByte('"')
	return b.String()
}

func sortedKeys(o Object) []string {
	keys := make([]string, 0, len(o))
	for k := range o {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func compact(v Value) string {
	switch x := v.(type) {
	case nil:
		return "null"
	case bool:
		return strconv.FormatBool(x)
	case int:
		return strconv.Itoa(x)
	case float64:
		return strconv.FormatFloat(x, 'g', -1, 64)
	case string:
		return quote(x)
	case Array:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = compact(e)
		}
		return "[" + strings.Join(parts, ",") + "]"
	case Object:
		var parts []string
		for _, k := range sortedKeys(x) {
			parts = append(parts, quote(k)+":"+compact(x[k]))
		}
		return "{" + strings.Join(parts, ",") + "}"
	default:
		return fmt.Sprintf("<%T>", v)
	}
}

type printer struct {
	b      strings.Builder
	indent string
	depth  int
}

func (p *printer) newline() {
	p.b.WriteByte('\n')
	p.b.WriteString(strings.Repeat(p.indent, p.depth))
}

func (p *printer) print(v Value) {
	switch x := v.(type) {
	case Array:
		if len(x) == 0 {
			p.b.WriteString("[]")
			return
		}
		p.b.WriteByte('[')
		p.depth++
		for i, e := range x {
			if i > 0 {
				p.b.WriteByte(',')
			}
			p.newline()
			p.print(e)
		}
		p.depth--
		p.newline()
		p.b.WriteByte(']')
	case Object:
		if len(x) == 0 {
			p.b.WriteString("{}")
			return
		}
		p.b.WriteByte('{')
		p.depth++
		for i, k := range sortedKeys(x) {
			if i > 0 {
				p.b.WriteByte(',')
			}
			p.newline()
			p.b.WriteString(quote(k))
			p.b.WriteString(": ")
			p.print(x[k])
		}
		p.depth--
		p.newline()
		p.b.WriteByte('}')
	default:
		p.b.WriteString(compact(v))
	}
}

func pretty(v Value, indent string) string {
	p := &printer{indent: indent}
	p.print(v)
	return p.b.String()
}

func get(v Value, path string) (Value, bool) {
	if path == "" {
		return v, true
	}
	for _, part := range strings.Split(path, ".") {
		switch x := v.(type) {
		case Object:
			next, ok := x[part]
			if !ok {
				return nil, false
			}
			v = next
		case Array:
			i, err := strconv.Atoi(part)
			if err != nil || i < 0 || i >= len(x) {
				return nil, false
			}
			v = x[i]
		default:
			return nil, false
		}
	}
	return v, true
}

type stats struct{ objects, arrays, leaves, depth int }

func walk(v Value, d int, s *stats) {
	if d > s.depth {
		s.depth = d
	}
	switch x := v.(type) {
	case Object:
		s.objects++
		for _, e := range x {
			walk(e, d+1, s)
		}
	case Array:
		s.arrays++
		for _, e := range x {
			walk(e, d+1, s)
		}
	default:
		s.leaves++
	}
}

func main() {
	doc := Object{
		"name":    "gosub",
		"version": 1.19,
		"stable":  false,
		"tags":    Array{"vm", "gc", "escape\tanalysis"},
		"authors": Array{
			Object{"name": "Ann \"the coder\"", "commits": 412},
			Object{"name": "Bo", "commits": 7, "email": nil},
		},
		"limits": Object{"stack": 8388608, "ratio": 0.75, "empty": Object{}, "none": Array{}},
		"note":   "line1\nline2\x01",
	}
	fmt.Println(compact(doc))
	fmt.Println(pretty(doc, "  "))
	fmt.Println(pretty(Array{1, Array{2, Array{3}}, "x"}, "\t"))
	for _, path := range []string{"name", "authors.0.name", "authors.1.commits", "authors.2", "limits.ratio", "tags.2", "version.x", ""} {
		v, ok := get(doc, path)
		if !ok {
			fmt.Printf("%-18q missing\n", path)
			continue
		}
		c := compact(v)
		if len(c) > 30 {
			c = c[:27] + "..."
		}
		fmt.Printf("%-18q %-8T %s\n", path, v, c)
	}
	var s stats
	walk(doc, 0, &s)
	fmt.Printf("%+v\n", s)
	fmt.Println(compact(Array{1e21, 1e-7, 100.0, -0.5, struct{}{}}))
}
