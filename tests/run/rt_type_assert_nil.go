package main

import "fmt"

func lookup(m map[string]interface{}, k string) int {
	return m[k].(int)
}

func main() {
	m := map[string]interface{}{"a": 1, "b": "two"}
	fmt.Println(lookup(m, "a"))
	fmt.Println(lookup(m, "zzz"))
}
