package main

import "fmt"

func main() {
	s := "héllo"
	for i := 0; i < len(s); i++ {
		fmt.Print(s[i], " ")
	}
	fmt.Println()
	k := len(s) + 2
	fmt.Println(s[1:3] == "é", s[k-4:])
	fmt.Println(s[k])
}
