package main

import (
	"fmt"
	"strings"
)

const lorem = "Go is an open source programming language that makes it simple to build secure, scalable systems. It was designed at Google in 2007 to improve programming productivity in an era of multicore, networked machines and large codebases."

func wrap(text string, width int) []string {
	var lines []string
	var cur strings.Builder
	for _, w := range strings.Fields(text) {
		if cur.Len() > 0 && cur.Len()+1+len(w) > width {
			lines = append(lines, cur.String())
			cur.Reset()
		}
		if cur.Len() > 0 {
			cur.WriteByte(' ')
		}
		cur.WriteString(w)
	}
	if cur.Len() > 0 {
		lines = append(lines, cur.String())
	}
	return lines
}

func justify(line string, width int) string {
	words := strings.Fields(line)
	if len(words) < 2 {
		return line
	}
	letters := 0
	for _, w := range words {
		letters += len(w)
	}
	gaps := len(words) - 1
	spaces := width - letters
	var sb strings.Builder
	for i, w := range words {
		sb.WriteString(w)
		if i < gaps {
			n := spaces / gaps
			if i < spaces%gaps {
				n++
			}
			sb.WriteString(strings.Repeat(" ", n))
		}
	}
	return sb.String()
}

func main() {
	for _, width := range []int{40, 25} {
		fmt.Println(strings.Repeat("=", width))
		lines := wrap(lorem, width)
		for i, l := range lines {
			if i < len(lines)-1 {
				l = justify(l, width)
			}
			fmt.Printf("%s|\n", l)
		}
	}
	fmt.Println(strings.Repeat("=", 30))
	for _, l := range wrap(lorem[:60], 30) {
		fmt.Printf("|%-30s|\n|%30s|\n|%s|\n", l, l, center(l, 30))
	}
}

func center(s string, w int) string {
	pad := w - len(s)
	left := pad / 2
	return strings.Repeat(" ", left) + s + strings.Repeat(" ", pad-left)
}
