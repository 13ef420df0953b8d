package main

import (
	"fmt"
	"sort"
	"strings"
)

func render(v interface{}, indent int, sb *strings.Builder) {
	pad := strings.Repeat("  ", indent)
	switch x := v.(type) {
	case map[string]interface{}:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		sb.WriteString("{\n")
		for i, k := range keys {
			fmt.Fprintf(sb, "%s  %q: ", pad, k)
			render(x[k], indent+1, sb)
			if i < len(keys)-1 {
				sb.WriteByte(',')
			}
			sb.WriteByte('\n')
		}
		sb.WriteString(pad + "}")
	case []interface{}:
		sb.WriteString("[")
		for i, e := range x {
			if i > 0 {
				sb.WriteString(", ")
			}
			render(e, indent+1, sb)
		}
		sb.WriteString("]")
	case string:
		fmt.Fprintf(sb, "%q", x)
	case float64:
		fmt.Fprintf(sb, "%g", x)
	case int:
		fmt.Fprintf(sb, "%d", x)
	case bool:
		fmt.Fprintf(sb, "%t", x)
	case nil:
		sb.WriteString("null")
	default:
		fmt.Fprintf(sb, "\"<%T>\"", x)
	}
}

func count(v interface{}) (n int) {
	switch x := v.(type) {
	case map[string]interface{}:
		for _, e := range x {
			n += count(e)
		}
	case []interface{}:
		for _, e := range x {
			n += count(e)
		}
	default:
		n = 1
	}
	return
}

func main() {
	doc := map[string]interface{}{
		"name":    "gosub",
		"version": 0.1,
		"stable":  false,
		"authors": []interface{}{"ann", "bob"},
		"limits": map[string]interface{}{
			"stack": 8388608,
			"gogc":  100,
			"flags": []interface{}{true, nil, 2.5, []interface{}{}},
		},
		"odd": struct{}{},
	}
	var sb strings.Builder
	render(doc, 0, &sb)
	fmt.Println(sb.String())
	fmt.Println("leaves:", count(doc))
	fmt.Println(doc["limits"])
}
