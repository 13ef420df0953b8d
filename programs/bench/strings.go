// strings: strings.Builder, strconv and a map[string]int word count.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

func main() {
	counts := make(map[string]int)
	total := 0
	for round := 0; round < 500; round++ {
		var b strings.Builder
		for i := 0; i < 5000; i++ {
			b.WriteString("w")
			b.WriteString(strconv.Itoa((i*7919 + round) % 1000))
			b.WriteByte(' ')
		}
		s := b.String()
		total += len(s)
		start := 0
		for i := 0; i < len(s); i++ {
			if s[i] == ' ' {
				counts[s[start:i]]++
				start = i + 1
			}
		}
	}
	sum := 0
	for k, v := range counts {
		n, _ := strconv.Atoi(k[1:])
		sum += n * v
	}
	fmt.Println(total, len(counts), sum)
}
