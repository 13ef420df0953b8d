package main

import (
	"fmt"
	"strings"
)

// strings.Split(s, "") and SplitN(s, "", n) turn each invalid byte into
// "\uFFFD" (Go's explode), except in the last piece of SplitN.
func main() {
	s := "a\xffb\xe4\xb8c"
	fmt.Printf("%q\n", strings.Split(s, ""))
	fmt.Printf("%q\n", strings.SplitN(s, "", 3))
	fmt.Printf("%q\n", strings.SplitN("\xff\xfe", "", 2))
	fmt.Printf("%q\n", strings.Split("\uFFFDx", ""))
}
