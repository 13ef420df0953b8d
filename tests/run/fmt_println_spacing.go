package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("a", "b", 1, 2)
	fmt.Println()
	fmt.Println("")
	fmt.Println(nil)
	fmt.Print("a", "b", "\n")
	fmt.Print(1, 2, 3, "\n")
	fmt.Print("x", 1, 2, "y", 3.5, 4.5, "\n")
	fmt.Print(true, false, "\n")
	fmt.Print(nil, nil, "\n")
	n, err := fmt.Println("count", "me")
	fmt.Println(n, err)
	n, _ = fmt.Printf("%d-%d\n", 1, 2)
	fmt.Println(n)
	n, _ = fmt.Print("abc\n")
	fmt.Println(n)
	fmt.Fprintln(os.Stdout, "to stdout", 1)
	fmt.Fprintf(os.Stdout, "%s=%d\n", "x", 9)
	fmt.Fprint(os.Stdout, "p", 1, "\n")
	s := fmt.Sprint(1, 2) + fmt.Sprint("a", "b") + fmt.Sprint(1, "a", 2)
	fmt.Println(s)
	fmt.Println(fmt.Sprintln() == "\n", len(fmt.Sprintln("a", "b")))
	fmt.Println(3.0, 1e9, float32(2.5), 'a', "done")
}
