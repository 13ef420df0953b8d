package main

import "fmt"

func main() {
	var i interface{} = 1
	switch v := i.(type) {
	case int:
		fmt.Println("int")
	}
}
