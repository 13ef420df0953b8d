package main

import (
	"fmt"
	"strings"
)

func main() {
	var sb strings.Builder
	fmt.Println(sb.Len(), sb.String() == "")
	sb.Grow(64)
	for i := 0; i < 10; i++ {
		sb.WriteString("ab")
		sb.WriteByte('0' + byte(i))
	}
	fmt.Println(sb.String(), sb.Len())
	sb.Reset()
	sb.WriteRune('世')
	sb.WriteRune('界')
	n, err := sb.WriteString("!")
	fmt.Println(sb.String(), sb.Len(), n, err)
	s := ""
	for i := 0; i < 1000; i++ {
		s += string(rune('a' + i%26))
	}
	fmt.Println(len(s), s[:30], s[990:])
	parts := make([]string, 0, 100)
	for i := 0; i < 100; i++ {
		parts = append(parts, fmt.Sprint(i*i))
	}
	joined := strings.Join(parts, "+")
	fmt.Println(len(joined), joined[:40], strings.Count(joined, "+"))
	big := strings.Repeat("xyz", 10000)
	fmt.Println(len(big), strings.Count(big, "zx"), strings.LastIndex(big, "xyz"))
	var lines strings.Builder
	for row := 1; row <= 5; row++ {
		for col := 1; col <= 5; col++ {
			fmt.Fprintf(&lines, "%4d", row*col)
		}
		lines.WriteString("\n")
	}
	fmt.Print(lines.String())
	a := "concat"
	b := a
	b += "enated"
	fmt.Println(a, b, a+b+a)
	bs := []byte("mutable")
	str := string(bs)
	bs[0] = 'M'
	fmt.Println(str, string(bs))
}
