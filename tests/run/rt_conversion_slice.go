package main

import (
	"fmt"
	"strings"
)

func main() {
	words := strings.Fields("alpha beta gamma")
	for i := 0; i <= len(words); i++ {
		w := words[i]
		fmt.Println(i, strings.ToUpper(w[:1])+w[1:])
	}
}
