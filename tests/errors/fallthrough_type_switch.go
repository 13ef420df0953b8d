package main

func main() {
	var x interface{}
	switch x.(type) {
	case int:
		fallthrough
	case string:
	}
}
