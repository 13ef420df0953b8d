package main

import "fmt"

func main() {
	x := 3
	switch v := x.(type) {
	case int:
		fmt.Println(v)
	}
}
