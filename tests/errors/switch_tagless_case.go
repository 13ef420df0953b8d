package main

func main() {
	x := 1
	type B bool
	var b B
	switch {
	case 1:
	case x:
	case b:
	case x > 0:
	}
}
